import fc from "fast-check";
import { normalCdf } from "../../../src/core/survey/normal-cdf";

describe("normalCdf", () => {
  // Reference values: standard normal tables to 15 digits (as R's pnorm and Excel's NORM.S.DIST give).
  it.each([
    [0, 0.5],
    [1, 0.841344746068543],
    [-1, 0.158655253931457],
    [1.96, 0.97500210485178],
    [2, 0.977249868051821],
    [-3, 0.00134989803163009],
  ])("gives Phi(%d) = %d", (x, expected) => {
    expect(normalCdf(x)).toBeCloseTo(expected, 14);
  });

  it("keeps small tails accurate relative to their size: Phi(-5) = 2.8665157187919e-7", () => {
    expect(normalCdf(-5) / 2.8665157187919333e-7).toBeCloseTo(1, 8);
  });

  it("gives 0 and 1 at the infinities and NaN for NaN", () => {
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalCdf(NaN)).toBeNaN();
  });

  it("is symmetric, Phi(-x) = 1 - Phi(x), and never decreases", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -40, max: 40, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (x, step) => Math.abs(normalCdf(-x) - (1 - normalCdf(x))) < 1e-15 && normalCdf(x + step) >= normalCdf(x),
      ),
    );
  });
});
