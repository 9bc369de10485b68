import fc from "fast-check";
import { beyondLineRule } from "../../../../src/core/spc/rules/beyond-line-rule";
import { centreSides } from "../../../../src/core/spc/rules/centre-sides";
import { runsAnalysis } from "../../../../src/core/spc/rules/runs-analysis";
import { shiftRule } from "../../../../src/core/spc/rules/shift-rule";
import type { RuleInput } from "../../../../src/core/spc/types";
import { flatInput, marksOf } from "./flat-input";

describe("centreSides", () => {
  it("puts a point above the centre line at +1, on it at 0 and below it at -1", () => {
    expect(Array.from(centreSides(flatInput([6, 5, 4], 5)))).toEqual([1, 0, -1]);
  });

  it("writes only the group's points, into the array it is given", () => {
    const input: RuleInput = { ...flatInput([9, 9, 1, 1], 5), start: 1, end: 3 };
    const sides = new Int8Array([7, 7, 7, 7]);
    expect(centreSides(input, sides)).toBe(sides);
    expect(Array.from(sides)).toEqual([7, 1, -1, 7]);
  });

  it("puts a point on no side when its centre line is not a number", () => {
    expect(Array.from(centreSides(flatInput([1, -1, 0], NaN)))).toEqual([0, 0, 0]);
  });

  it("agrees with Math.sign of the distance from the centre line for any finite values", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true })),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        (values, centre) => {
          const sides = centreSides(flatInput(values, centre));
          values.forEach((value, i) => expect(sides[i]).toBe(Math.sign(value - centre) || 0));
        },
      ),
    );
  });

  it("gives the rules the same answers whether they are handed the sides or work them out", () => {
    const counts = fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 2, maxLength: 40 });
    fc.assert(
      fc.property(counts, fc.integer({ min: 1, max: 5 }), (values, centre) => {
        const input = flatInput(values, centre, 1);
        const shared: RuleInput = { ...input, sides: centreSides(input) };
        const zone = { count: 2, window: 3, sigmas: 2, wholeWindowSameSide: true, excludeBeyondLimits: false };
        for (const rule of [
          (x: RuleInput, marks: Int8Array) => shiftRule(x, marks, 6, "breaks"),
          (x: RuleInput, marks: Int8Array) => shiftRule(x, marks, 3, "skipped"),
          (x: RuleInput, marks: Int8Array) => beyondLineRule(x, marks, zone),
        ]) {
          expect(marksOf(shared, rule)).toEqual(marksOf(input, rule));
        }
        expect(runsAnalysis(shared)).toEqual(runsAnalysis(input));
      }),
    );
  });
});
