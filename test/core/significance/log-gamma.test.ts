import { logGamma } from "../../../src/core/significance/log-gamma";

describe("logGamma", () => {
  it("gives ln((n-1)!) for whole numbers, checked against factorials", () => {
    let factorial = 1;
    for (let n = 1; n <= 25; n++) {
      if (n > 1) factorial *= n - 1;
      expect(logGamma(n)).toBeCloseTo(Math.log(factorial), 12);
    }
  });

  it("gives ln(sqrt(pi)) at 1/2 and ln(sqrt(pi)/2) at 3/2", () => {
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
    expect(logGamma(1.5)).toBeCloseTo(0.5 * Math.log(Math.PI) - Math.log(2), 13);
  });

  it("matches Stirling's series with its first three corrections for large arguments", () => {
    // ln Γ(x) = (x - 1/2) ln x - x + ln(2π)/2 + 1/(12x) - 1/(360x³) + 1/(1260x⁵): error below 1e-20 at x = 1000.
    for (const x of [1000, 23866, 1e6]) {
      const stirling =
        (x - 0.5) * Math.log(x) -
        x +
        0.5 * Math.log(2 * Math.PI) +
        1 / (12 * x) -
        1 / (360 * x ** 3) +
        1 / (1260 * x ** 5);
      expect(Math.abs(logGamma(x) - stirling) / stirling).toBeLessThan(1e-14);
    }
  });

  it("refuses 0 and negative numbers and passes NaN through", () => {
    expect(() => logGamma(0)).toThrow(RangeError);
    expect(() => logGamma(-2)).toThrow(RangeError);
    expect(logGamma(NaN)).toBeNaN();
  });
});
