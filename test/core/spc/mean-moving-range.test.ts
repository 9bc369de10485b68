import { meanMovingRange } from "../../../src/core/spc/mean-moving-range";

describe("meanMovingRange", () => {
  it("averages the absolute differences of consecutive points", () => {
    // |12-10| + |11-12| + |15-11| = 2 + 1 + 4 = 7, over 3 ranges
    expect(meanMovingRange([10, 12, 11, 15])).toBeCloseTo(7 / 3, 12);
  });

  it("drops a moving range of 3.267 x the mean or more when screening, and takes the mean again", () => {
    // ranges 2, 2, 2, 2, 30: mean 38/5 = 7.6, cut 3.267 x 7.6 = 24.83; 30 dropped => (2+2+2+2)/4 = 2
    expect(meanMovingRange([10, 12, 10, 12, 10, 40], true)).toBeCloseTo(2, 12);
    expect(meanMovingRange([10, 12, 10, 12, 10, 40], false)).toBeCloseTo(7.6, 12);
  });

  it("keeps every range below the cut when screening", () => {
    // ranges 6, 6, 6, 1, 1, 2, 1, 1, 6, 6, 6: mean 42/11 = 3.818, cut 12.47: nothing dropped
    expect(meanMovingRange([13, 7, 13, 7, 8, 9, 11, 12, 13, 7, 13, 7], true)).toBeCloseTo(42 / 11, 12);
  });

  it("returns 0 for a constant series even when screening (nothing is left to drop)", () => {
    expect(meanMovingRange([5, 5, 5], true)).toBe(0);
  });

  it("refuses a single point, which has no moving range", () => {
    expect(() => meanMovingRange([5])).toThrow(RangeError);
  });
});
