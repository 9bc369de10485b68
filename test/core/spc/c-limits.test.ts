import { cLimits } from "../../../src/core/spc/c-limits";

describe("cLimits", () => {
  it("puts the limits 3 square roots of the mean either side of the mean, the lower floored at 0", () => {
    // mean 15/3 = 5; sqrt 5 = 2.236068; 5 + 6.708204 = 11.708204; 5 - 6.708204 < 0 => 0
    const limits = cLimits([4, 9, 2]);
    expect(limits.centreLine).toBe(5);
    expect(limits.upperLimit).toBeCloseTo(11.708204, 5);
    expect(limits.lowerLimit).toBe(0);
    // two-sigma: 5 -/+ 4.472136
    expect(limits.lowerTwoSigma).toBeCloseTo(0.527864, 5);
    expect(limits.upperTwoSigma).toBeCloseTo(9.472136, 5);
  });

  it("keeps a positive lower limit for large counts", () => {
    // mean 100, sqrt 10 => 70 .. 130
    const limits = cLimits([90, 110, 100]);
    expect(limits.lowerLimit).toBe(70);
    expect(limits.upperLimit).toBe(130);
  });

  it("puts every line at 0 for a series of all zeros", () => {
    const limits = cLimits([0, 0, 0, 0]);
    expect(limits).toEqual({
      centreLine: 0,
      lowerLimit: 0,
      upperLimit: 0,
      lowerTwoSigma: 0,
      upperTwoSigma: 0,
      sigma: 0,
    });
  });

  it("refuses an empty baseline", () => {
    expect(() => cLimits([])).toThrow(RangeError);
  });
});
