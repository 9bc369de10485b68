import { twoProportionTest } from "../../../src/core/survey/two-proportion-test";
import { InputError } from "../../../src/core/errors";

describe("twoProportionTest", () => {
  it("finds 60% of 200 against 50% of 200 significant at 5%: z = 2.0101, p = 0.0444", () => {
    // By hand: pooled 0.55; se = sqrt(0.55 x 0.45 x (1/200 + 1/200)) = 0.049749; z = 0.1 / 0.049749 = 2.0101;
    // p = 2 x (1 - Phi(2.0101)) = 2 x 0.02221 = 0.0444 (normal table).
    const test = twoProportionTest(0.6, 200, 0.5, 200);
    expect(test.difference).toBeCloseTo(0.1, 12);
    expect(test.z).toBeCloseTo(2.0101, 4);
    expect(test.pValue).toBeCloseTo(0.0444, 4);
    expect(test.significant).toBe(true);
  });

  it("finds 55% of 100 against 50% of 100 not significant: z = 0.7080, p = 0.479", () => {
    // pooled 0.525; se = sqrt(0.525 x 0.475 x 0.02) = sqrt(0.0049875) = 0.070622; z = 0.05 / 0.070622 = 0.7080;
    // Phi(0.708) = 0.75804 + 0.8 x (0.76115 - 0.75804) = 0.76053 (table, interpolated); p = 2 x 0.23947 = 0.4789.
    const test = twoProportionTest(0.55, 100, 0.5, 100);
    expect(test.z).toBeCloseTo(0.708, 3);
    expect(test.pValue).toBeCloseTo(0.4789, 3);
    expect(test.significant).toBe(false);
  });

  it("is symmetric: swapping the groups changes the sign of z, not the p-value", () => {
    const forward = twoProportionTest(0.686, 900, 0.511, 1100);
    const backward = twoProportionTest(0.511, 1100, 0.686, 900);
    expect(backward.z).toBeCloseTo(-forward.z, 12);
    expect(backward.pValue).toBeCloseTo(forward.pValue, 15);
  });

  it("gives p = 1 for two groups that both answered all yes", () => {
    expect(twoProportionTest(1, 10, 1, 30).pValue).toBe(1);
  });

  it("uses a stricter level when asked: p = 0.0444 is not significant at 1%", () => {
    expect(twoProportionTest(0.6, 200, 0.5, 200, 0.01).significant).toBe(false);
  });

  it("refuses proportions outside 0-1, sizes of 0 and a bad level", () => {
    expect(() => twoProportionTest(60, 200, 0.5, 200)).toThrow(/first proportion/);
    expect(() => twoProportionTest(0.6, 200, 0.5, 0)).toThrow(/second group/);
    expect(() => twoProportionTest(0.6, 200, 0.5, 200, 5)).toThrow(InputError);
  });
});
