import fc from "fast-check";
import { InputError } from "../../../src/core/errors";
import { poissonChangeTest } from "../../../src/core/significance/poisson-change-test";
import { exactPoissonTest } from "./exact-binomial-reference";

/**
 * Reference p-values from SciPy 1.17.1, `scipy.stats.binomtest(x1, x1 + x2, e1 / (e1 + e2)).pvalue`
 * (two-sided, the same "no more likely than observed, relative tolerance 1e-7" rule as R's binom.test,
 * which R's poisson.test calls), run on this machine with python3 and pasted here as literals so the
 * suite does not need Python: [new, old, new exposure, old exposure, p-value].
 */
const SCIPY: [number, number, number, number, number][] = [
  [13594, 10271, 1, 1, 6.732362285384929e-103], // seed 2.1: all crime in Maidstone
  [5378, 3743, 1, 1, 5.729415010970299e-66], // seed 2.6: violent crime
  [446, 284, 1, 1, 2.1936948786429402e-9], // seed 2.6: sexual offences
  [99, 69, 1, 1, 0.02496866528113521], // seed 2.6: robbery
  [501, 504, 1, 1, 0.9497005610653837], // seed 2.6: theft from motor vehicle
  [3243, 3697, 1, 1, 5.339774079570631e-8], // seed 4.1: anti-social behaviour in Maidstone
  [588, 540, 1, 1, 0.16166200010403436],
  [50, 41, 1, 1, 0.40181279606987985], // the 41 to 50 robberies
  [11, 21, 800, 3011, 0.0796686330333295],
  [10, 5, 1, 2, 0.010787929700847597],
  [30, 20, 12, 7, 0.661576390460168],
];

describe("poissonChangeTest", () => {
  it("gives R's documented example: poisson.test(c(11, 6+8+7), c(800, 1083+1050+878)) has p-value 0.07967", () => {
    // R's help page ?poisson.test, "Comparison of Poisson rates: count1 = 11, expected count1 = 6.7174, p-value = 0.07967".
    expect(poissonChangeTest(11, 21, 800, 3011)).toBeCloseTo(0.07967, 5);
  });

  it.each(SCIPY)("matches SciPy's binomtest for %i against %i (exposures %d and %d)", (x1, x2, e1, e2, expected) => {
    expect(Math.abs(poissonChangeTest(x1, x2, e1, e2) - expected) / expected).toBeLessThan(1e-8);
  });

  it("stays within 1e-7 of SciPy for counts in the millions: 1,000,000 against 1,002,000 gives 0.157714", () => {
    // SciPy 1.17.1: binomtest(1000000, 2002000, 0.5).pvalue = 0.15771445281314467.
    expect(Math.abs(poissonChangeTest(1000000, 1002000) / 0.15771445281314467 - 1)).toBeLessThan(1e-7);
  });

  it("finds the seed's rise from 10,271 to 13,594 crimes far beyond chance, without underflow", () => {
    const p = poissonChangeTest(13594, 10271);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1e-100);
  });

  it("gives 1 for 0 against 0, and for counts exactly as expected", () => {
    expect(poissonChangeTest(0, 0)).toBe(1);
    expect(poissonChangeTest(7, 7)).toBe(1);
    expect(poissonChangeTest(10, 5, 2, 1)).toBe(1);
  });

  it("tests a count against 0 like any other: 5 against 0 is 2 x 0.5^5 = 0.0625, 0 against 3 is 0.25", () => {
    expect(poissonChangeTest(5, 0)).toBeCloseTo(0.0625, 14);
    expect(poissonChangeTest(0, 3)).toBeCloseTo(0.25, 14);
  });

  it("agrees with exact rational arithmetic on small counts worked by hand: 3 against 9 is 2 x 299/4096", () => {
    // P(X <= 3) for Bin(12, 1/2) = (1 + 12 + 66 + 220) / 4096 = 299/4096; the other tail mirrors it.
    expect(poissonChangeTest(3, 9)).toBeCloseTo((2 * 299) / 4096, 14);
    expect(exactPoissonTest(3, 9, 1, 1)).toBeCloseTo((2 * 299) / 4096, 14);
  });

  it("agrees with the exact BigInt implementation for any small counts and exposures", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        (x1, x2, e1, e2) => {
          const exact = exactPoissonTest(x1, x2, e1, e2);
          const fast = poissonChangeTest(x1, x2, e1, e2);
          return Math.abs(fast - exact) <= 1e-9 * Math.max(exact, 1e-300);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("gives the same p-value whichever count is called new, with the exposures swapped too", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 1, max: 12 }),
        (x1, x2, e) => {
          const a = poissonChangeTest(x1, x2, e, 12);
          const b = poissonChangeTest(x2, x1, 12, e);
          return Math.abs(a - b) <= 1e-9 * Math.max(a, b) && a >= 0 && a <= 1;
        },
      ),
      { numRuns: 200 },
    );
  });

  it("depends on the exposures only through their ratio", () => {
    expect(poissonChangeTest(30, 20, 12, 7)).toBeCloseTo(poissonChangeTest(30, 20, 120000, 70000), 12);
  });

  it("refuses counts that are not whole numbers of 0 or more, and exposures that are not more than 0", () => {
    expect(() => poissonChangeTest(-1, 4)).toThrow(InputError);
    expect(() => poissonChangeTest(2.5, 4)).toThrow("new count must be a whole number");
    expect(() => poissonChangeTest(2, NaN)).toThrow("old count");
    expect(() => poissonChangeTest(2, 4, 0, 1)).toThrow("new exposure");
    expect(() => poissonChangeTest(2, 4, 1, -3)).toThrow(InputError);
  });

  it("refuses counts above a billion, which the exact sums cannot reach in time (the fuzz run's hang at 1E+15)", () => {
    expect(() => poissonChangeTest(1e15, 3)).toThrow("from 0 to 1,000,000,000");
    expect(() => poissonChangeTest(3, 2 ** 60)).toThrow("old count");
    expect(poissonChangeTest(1e9, 1e9)).toBe(1);
  });

  it("gives 1 or 0 when the exposures are so far apart that one count has no chance under equal rates", () => {
    // 1e-300 / (1e-300 + 1) rounds to 1e-300, but 1e-300 / (1e-300 + 1e300) rounds to 0: a new count is then impossible.
    expect(poissonChangeTest(0, 7, 1e-300, 1e300)).toBe(1);
    expect(poissonChangeTest(2, 7, 1e-300, 1e300)).toBe(0);
    expect(poissonChangeTest(7, 0, 1e300, 1e-300)).toBe(1);
    expect(poissonChangeTest(7, 2, 1e300, 1e-300)).toBe(0);
  });
});
