import { roundHalfAway } from "../../../src/core/change/round-half-away";

describe("roundHalfAway", () => {
  it("rounds halves away from zero like Excel's ROUND: 2.5 -> 3, -2.5 -> -3", () => {
    expect(roundHalfAway(2.5)).toBe(3);
    expect(roundHalfAway(-2.5)).toBe(-3);
  });

  it("treats 28.65 and -0.05 as the exact halves they look like", () => {
    expect(roundHalfAway(28.65, 1)).toBe(28.7);
    expect(roundHalfAway(-0.05, 1)).toBe(-0.1);
  });

  it("returns NaN and infinities unchanged", () => {
    expect(roundHalfAway(NaN, 1)).toBeNaN();
    expect(roundHalfAway(-Infinity)).toBe(-Infinity);
  });
});
