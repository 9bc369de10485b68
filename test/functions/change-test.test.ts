import { errorOf } from "./error-of";
import { changeTest } from "../../src/functions/functions";

describe("CSP.CHANGETEST", () => {
  it("gives the exact test's p-value for 50 against 41 robberies: 0.4018 (SciPy binomtest(50, 91, 0.5))", () => {
    expect(changeTest(50, 41)).toBeCloseTo(0.40181279606987985, 12);
  });

  it("gives a p-value far below 0.05 for the seed's 13,594 against 10,271 crimes", () => {
    expect(changeTest(13594, 10271)).toBeLessThan(1e-100);
  });

  it("takes unequal exposures: R's ?poisson.test example, 11 in 800 against 21 in 3011, gives 0.07967", () => {
    expect(changeTest(11, 21, 800, 3011)).toBeCloseTo(0.07967, 5);
  });

  it("treats omitted exposures as equal periods and gives 1 for 0 against 0", () => {
    expect(changeTest(0, 0, null as unknown as number, undefined)).toBe(1);
    expect(changeTest(30, 20, "" as unknown as number, "" as unknown as number)).toBeCloseTo(changeTest(30, 20), 15);
  });

  it("returns #VALUE! naming the argument for text, and #NUM! for a negative or fractional count or a zero exposure", () => {
    const text = errorOf(() => changeTest("N/A" as unknown as number, 10));
    expect(text.code).toBe("#VALUE!");
    expect(text.message).toMatch(/^new /);
    expect(errorOf(() => changeTest(-1, 10)).code).toBe("#NUM!");
    expect(errorOf(() => changeTest(1.5, 10)).code).toBe("#NUM!");
    const exposure = errorOf(() => changeTest(1, 10, 0, 1));
    expect(exposure.code).toBe("#NUM!");
    expect(exposure.message).toMatch(/new exposure/);
  });
});
