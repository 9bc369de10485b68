import { nearlyEqual } from "../../../src/core/check/nearly-equal";

describe("nearlyEqual", () => {
  it("takes sums that differ only by floating-point error as equal", () => {
    expect(nearlyEqual(0.1 + 0.2, 0.3)).toBe(true);
    expect(nearlyEqual(93376, 93376.00000001)).toBe(true);
  });

  it("tells a count that is off by one from the right one, even in the hundred thousands", () => {
    expect(nearlyEqual(44823, 44822)).toBe(false);
    expect(nearlyEqual(4833 - 3390, 725)).toBe(false);
  });

  it("never calls NaN equal to anything", () => {
    expect(nearlyEqual(NaN, NaN)).toBe(false);
  });
});
