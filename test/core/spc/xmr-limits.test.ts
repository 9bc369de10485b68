import { xmrLimits } from "../../../src/core/spc/xmr-limits";

describe("xmrLimits", () => {
  it("puts the limits 2.66 mean moving ranges either side of the mean", () => {
    // mean (10+12+11+15)/4 = 12; mR-bar 7/3 = 2.3333; 2.66 x 2.3333 = 6.20667
    const limits = xmrLimits([10, 12, 11, 15]);
    expect(limits.centreLine).toBe(12);
    expect(limits.upperLimit).toBeCloseTo(18.206667, 5);
    expect(limits.lowerLimit).toBeCloseTo(5.793333, 5);
    // two-sigma: (2/3) x 6.20667 = 4.13778
    expect(limits.upperTwoSigma).toBeCloseTo(16.137778, 5);
    expect(limits.lowerTwoSigma).toBeCloseTo(7.862222, 5);
    expect(limits.sigma).toBeCloseTo(2.068889, 5);
  });

  it("lets the lower limit go negative for low counts (no floor, as NHSR and MDC)", () => {
    // mean 6/6 = 1; ranges 1,1,3,3,2 => mR-bar 2; 1 - 2.66 x 2 = -4.32
    const limits = xmrLimits([0, 1, 0, 3, 0, 2]);
    expect(limits.lowerLimit).toBeCloseTo(-4.32, 10);
    expect(limits.upperLimit).toBeCloseTo(6.32, 10);
  });

  it("screens the moving ranges without moving the mean", () => {
    // mean 94/6 = 15.6667 either way; screened mR-bar 2 => limits 15.6667 +/- 5.32
    const limits = xmrLimits([10, 12, 10, 12, 10, 40], true);
    expect(limits.centreLine).toBeCloseTo(94 / 6, 12);
    expect(limits.upperLimit).toBeCloseTo(94 / 6 + 5.32, 10);
  });

  it("collapses every line onto the mean for a constant series", () => {
    const limits = xmrLimits([7, 7, 7, 7]);
    expect([limits.lowerLimit, limits.lowerTwoSigma, limits.upperTwoSigma, limits.upperLimit]).toEqual([7, 7, 7, 7]);
  });
});
