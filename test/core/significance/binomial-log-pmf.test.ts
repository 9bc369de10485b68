import { binomialLogPmf } from "../../../src/core/significance/binomial-log-pmf";

describe("binomialLogPmf", () => {
  it("gives C(4,2)/16 = 0.375 and C(10,3) 0.3^3 0.7^7 = 0.2668279320", () => {
    expect(Math.exp(binomialLogPmf(2, 4, 0.5))).toBeCloseTo(0.375, 14);
    expect(Math.exp(binomialLogPmf(3, 10, 0.3))).toBeCloseTo(120 * 0.027 * 0.7 ** 7, 13);
  });

  it("sums to 1 over 0..n, even for 24,000 trials", () => {
    for (const [n, p] of [
      [40, 0.3],
      [23865, 0.5],
    ] as const) {
      let total = 0;
      for (let k = 0; k <= n; k++) total += Math.exp(binomialLogPmf(k, n, p));
      expect(total).toBeCloseTo(1, 9);
    }
  });

  it("gives the same value to k and n - k when p is one half", () => {
    expect(binomialLogPmf(10271, 23865, 0.5)).toBe(binomialLogPmf(13594, 23865, 0.5));
  });

  it("is minus infinity outside 0..n", () => {
    expect(binomialLogPmf(-1, 5, 0.5)).toBe(-Infinity);
    expect(binomialLogPmf(6, 5, 0.5)).toBe(-Infinity);
  });
});
