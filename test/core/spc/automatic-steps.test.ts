import fc from "fast-check";
import { InputError, NotAvailableError } from "../../../src/core/errors";
import { automaticSteps } from "../../../src/core/spc/automatic-steps";
import { monthlyCrimeCounts } from "../../police-uk-files";

describe("automaticSteps", () => {
  it("starts a new group at the first of 5 points on one side of the group's mean", () => {
    // mean of points 1-5 = 50/5 = 10; points 6-10 (20, 21, 19, 22, 20) are all above it
    expect(automaticSteps([10, 11, 9, 10, 10, 20, 21, 19, 22, 20])).toEqual([6]);
  });

  it("finds a step down as well as a step up, and goes on scanning from the new group", () => {
    expect(automaticSteps([20, 21, 19, 22, 20, 10, 11, 9, 10, 10])).toEqual([6]);
    // group 2 mean (20+21+19+22+20)/5 = 20.4; points 11-15 are all above it
    expect(automaticSteps([10, 11, 9, 10, 10, 20, 21, 19, 22, 20, 30, 31, 29, 32, 30])).toEqual([6, 11]);
  });

  it("makes no group shorter than the run length", () => {
    // a run above starts at point 4, but group 1 would keep only 3 points; at point 6 the mean of
    // points 1-5 is 70/5 = 14 and points 6-10 (all 20) are above it
    expect(automaticSteps([10, 10, 10, 20, 20, 20, 20, 20, 20, 20])).toEqual([6]);
  });

  it("lets a point exactly on the mean break the run", () => {
    // at point 6 the mean is 10 and point 8 is 10; later candidates have too few points left or cross the mean
    expect(automaticSteps([10, 10, 10, 10, 10, 12, 12, 10, 12, 12, 12])).toEqual([]);
  });

  it("takes the run length as a parameter", () => {
    // mean of points 1-3 = 1; points 4-6 are above
    expect(automaticSteps([1, 1, 1, 5, 5, 5], 3)).toEqual([4]);
    expect(automaticSteps([1, 1, 1, 5, 5, 5])).toEqual([]);
  });

  it("refuses a bad run length, negative counts on a c chart, text and too few points", () => {
    expect(() => automaticSteps([1, 2, 3], 1)).toThrow(/at least 2, not 1/);
    expect(() => automaticSteps([1, 2, 3], 2.5)).toThrow(InputError);
    expect(() => automaticSteps([1, -2, 3], 5, "C")).toThrow(/Point 2/);
    expect(() => automaticSteps([1, NaN, 3])).toThrow(/Point 2 is NaN/);
    expect(() => automaticSteps([1])).toThrow(NotAvailableError);
  });

  it("never leaves a group shorter than the run length (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 2, maxLength: 80 }),
        fc.integer({ min: 2, max: 8 }),
        (values, k) => {
          const bounds = [1, ...automaticSteps(values, k), values.length + 1];
          for (let g = 1; g + 1 < bounds.length; g++) {
            expect(bounds[g] - bounds[g - 1]).toBeGreaterThanOrEqual(k);
            expect(bounds[g + 1] - bounds[g]).toBeGreaterThanOrEqual(k);
          }
        },
      ),
    );
  });

  it("shows Gwent's step up in recorded crime from October 2023 (shared/data/README.md)", () => {
    const { months, counts } = monthlyCrimeCounts("gwent");
    expect(months[0]).toBe("2022-07");
    expect(counts).toHaveLength(30);
    const steps = automaticSteps(counts);
    expect(months[steps[0] - 1]).toBe("2023-10");
    const mean = (from: number, to: number) => counts.slice(from, to).reduce((a, b) => a + b, 0) / (to - from);
    expect(mean(steps[0] - 1, counts.length)).toBeGreaterThan(mean(0, steps[0] - 1));
  });
});

describe("automaticSteps with a minimum group (issue 22 item 1)", () => {
  it("places no step that would leave a group shorter than the minimum", () => {
    // with groups of 5 allowed the step is at point 6; with 8 required the first group keeps 8 points
    // (mean of points 1-8 = (50 + 20 + 21 + 19) / 8 = 13.75) and points 9-13 (22, 20, 21, 20, 22) are above it
    const values = [10, 11, 9, 10, 10, 20, 21, 19, 22, 20, 21, 20, 22, 21, 20, 19];
    expect(automaticSteps(values)).toEqual([6]);
    expect(automaticSteps(values, 5, "XMR", 8)).toEqual([9]);
    expect(automaticSteps(values, 5, "XMR", 9)).toEqual([]);
  });

  it("refuses a minimum that is not a whole number of at least 2", () => {
    expect(() => automaticSteps([1, 2, 3], 2, "XMR", 1)).toThrow(/at least 2, not 1/);
  });

  it("never leaves a group shorter than the minimum (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 2, maxLength: 80 }),
        fc.integer({ min: 2, max: 8 }),
        fc.integer({ min: 2, max: 15 }),
        (values, k, min) => {
          const bounds = [1, ...automaticSteps(values, k, "XMR", min), values.length + 1];
          if (bounds.length > 2)
            for (let g = 1; g < bounds.length; g++) expect(bounds[g] - bounds[g - 1]).toBeGreaterThanOrEqual(min);
        },
      ),
    );
  });
});
