import { shareChangeTest } from "../../../src/core/significance/share-change-test";

// Reference values from SciPy 1.17.1: scipy.stats.fisher_exact([[newPart, newBase - newPart], [oldPart, oldBase - oldPart]]).
describe("shareChangeTest (Fisher's exact test of two shares)", () => {
  it.each([
    [58, 177, 29, 161, 0.0026770329057550788],
    [4854, 51637, 4330, 40090, 2.7883062382370924e-12],
    [3, 10, 1, 10, 0.5820433436532508],
    [10, 10, 0, 10, 1.082508822446903e-5],
  ])("gives SciPy's p-value for %i of %i against %i of %i", (a, n, b, m, p) => {
    expect(shareChangeTest(a, n, b, m)).toBeCloseTo(p, 12);
    expect(Math.abs(shareChangeTest(a, n, b, m) - p) / p).toBeLessThan(1e-8);
  });

  it("gives 1 when neither period has any part", () => {
    expect(shareChangeTest(0, 10, 0, 12)).toBe(1);
  });

  it("refuses a part larger than its base and counts that are not whole", () => {
    expect(() => shareChangeTest(11, 10, 0, 12)).toThrow(/cannot be more than its base/);
    expect(() => shareChangeTest(1.5, 10, 0, 12)).toThrow(/whole number/);
    expect(() => shareChangeTest(Number.NaN, 10, 0, 12)).toThrow(/whole number/);
  });
});
