import { beyondLineRule, type BeyondLineRule } from "../../../../src/core/spc/rules/beyond-line-rule";
import { flatInput, marksOf } from "./flat-input";

const rule = (options: Partial<BeyondLineRule>) => (input: Parameters<typeof beyondLineRule>[0], marks: Int8Array) =>
  beyondLineRule(input, marks, {
    count: 2,
    window: 3,
    sigmas: 2,
    wholeWindowSameSide: true,
    excludeBeyondLimits: false,
    ...options,
  });

// Lines: centre 0, sigma 1, two-sigma lines at -2 and 2, limits at -3 and 3.
describe("beyondLineRule", () => {
  it("marks only the 2 points beyond the 2-sigma line in a window of 3 on the same side", () => {
    expect(marksOf(flatInput([2.5, 0.5, 2.1]), rule({}))).toEqual([1, 0, 1]);
    expect(marksOf(flatInput([-2.5, -2.2, -1]), rule({}))).toEqual([-1, -1, 0]);
  });

  it("does not count a point exactly on the 2-sigma line", () => {
    expect(marksOf(flatInput([2, 0.5, 2.1]), rule({}))).toEqual([0, 0, 0]);
  });

  it("counts a point beyond the limit for MDC but not for NHSR", () => {
    // 3.5 is beyond the limit at 3; 2.5 is between the 2-sigma line and the limit
    expect(marksOf(flatInput([3.5, 2.5, 1]), rule({}))).toEqual([1, 1, 0]);
    expect(marksOf(flatInput([3.5, 2.5, 1]), rule({ excludeBeyondLimits: true }))).toEqual([0, 0, 0]);
    // a point exactly on the limit is still "close" for NHSR
    expect(marksOf(flatInput([3, 2.5, 1]), rule({ excludeBeyondLimits: true }))).toEqual([1, 1, 0]);
  });

  it("needs every point of the window on that side for MDC and NHSR, but not for Western Electric", () => {
    expect(marksOf(flatInput([2.5, -1, 2.5]), rule({}))).toEqual([0, 0, 0]);
    expect(marksOf(flatInput([2.5, -1, 2.5]), rule({ wholeWindowSameSide: false }))).toEqual([1, 0, 1]);
    // a point on the centre line is on neither side
    expect(marksOf(flatInput([2.5, 0, 2.5]), rule({}))).toEqual([0, 0, 0]);
  });

  it("reads 4 of 5 beyond 1 sigma for Western Electric", () => {
    const fourOfFive = rule({ count: 4, window: 5, sigmas: 1, wholeWindowSameSide: false });
    expect(marksOf(flatInput([1.5, 1.2, -3, 1.1, 2]), fourOfFive)).toEqual([1, 1, 0, 1, 1]);
    expect(marksOf(flatInput([1.5, 1.2, -3, 1, 2]), fourOfFive)).toEqual([0, 0, 0, 0, 0]);
  });
});
