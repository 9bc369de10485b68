import fc from "fast-check";
import { normalQuantile } from "../../../src/core/survey/normal-quantile";
import { normalCdf } from "../../../src/core/survey/normal-cdf";
import { InputError } from "../../../src/core/errors";

describe("normalQuantile", () => {
  // Reference values: Excel's NORM.S.INV (and R's qnorm) to 12 digits.
  it.each([
    [0.975, 1.95996398454005],
    [0.995, 2.5758293035489],
    [0.9, 1.2815515655446],
    [0.5, 0],
    [0.025, -1.95996398454005],
  ])("gives z(%d) = %d", (p, expected) => {
    expect(normalQuantile(p)).toBeCloseTo(expected, 12);
  });

  it("reads far tails: z(1e-10) = -6.3613409", () => {
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.3613409, 6);
  });

  it("refuses probabilities of 0, 1, outside 0-1 and NaN", () => {
    for (const bad of [0, 1, -0.1, 1.5, NaN]) expect(() => normalQuantile(bad)).toThrow(InputError);
  });

  it("inverts normalCdf: Phi(z(p)) = p", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }),
        (p) => Math.abs(normalCdf(normalQuantile(p)) - p) <= 1e-14 + 1e-9 * p,
      ),
    );
  });
});
