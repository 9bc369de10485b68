import { binomialQuantile } from "../../../../src/core/spc/rules/binomial-quantile";

describe("binomialQuantile", () => {
  it("matches qicharts2's fewest crossings for 24, 36, 48 and 60 useful points (spc-methods.md 3.2)", () => {
    expect(binomialQuantile(0.05, 23, 0.5)).toBe(8);
    expect(binomialQuantile(0.05, 35, 0.5)).toBe(13);
    expect(binomialQuantile(0.05, 47, 0.5)).toBe(18);
    expect(binomialQuantile(0.05, 59, 0.5)).toBe(23);
  });

  it("agrees with a cumulative sum worked by hand for 11 trials", () => {
    // P(X<=2) = (1 + 11 + 55)/2048 = 0.0327 < 0.05; P(X<=3) = (67 + 165)/2048 = 0.113 => 3
    expect(binomialQuantile(0.05, 11, 0.5)).toBe(3);
  });

  it("treats a cumulative probability equal to p as reaching it", () => {
    // P(X<=0) for 1 trial is exactly 0.5
    expect(binomialQuantile(0.5, 1, 0.5)).toBe(0);
    // P(X<=1) for 2 trials is 0.75
    expect(binomialQuantile(0.75, 2, 0.5)).toBe(1);
  });

  it("handles the edges and very long series without underflow", () => {
    expect(binomialQuantile(0, 10, 0.5)).toBe(0);
    expect(binomialQuantile(1, 10, 0.5)).toBe(10);
    // normal approximation: 50000 - 1.645 x sqrt(25000) = 49739.9, so the quantile is near 49740
    expect(Math.abs(binomialQuantile(0.05, 100000, 0.5) - 49740)).toBeLessThanOrEqual(1);
  });

  it("refuses arguments out of range", () => {
    expect(() => binomialQuantile(1.5, 10, 0.5)).toThrow(RangeError);
    expect(() => binomialQuantile(0.05, 2.5, 0.5)).toThrow(RangeError);
    expect(() => binomialQuantile(0.05, 10, 1)).toThrow(RangeError);
  });
});
