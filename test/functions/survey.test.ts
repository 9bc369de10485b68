import { moe, propTest } from "../../src/functions/functions";
import { errorOf } from "./error-of";

describe("CSP.MOE", () => {
  it("gives 0.020 for the seed's 2,350 responses at 95% (Appendix 5)", () => {
    // By hand: 1.959964 x sqrt(0.25 / 2350) = 0.020215.
    expect(moe(0.5, 2350)).toBeCloseTo(0.0202, 4);
    expect(moe(0.5, 2350, null as unknown as number, null as unknown as string)).toBeCloseTo(0.0202, 4);
  });

  it("gives the Wilson half-width when asked", () => {
    // 0 of 20 at 95%: Wilson upper bound 3.8415 / 23.8415 = 0.16112, half of it 0.08056.
    expect(moe(0, 20, 0.95, "wilson")).toBeCloseTo(0.08056, 4);
  });

  it("returns #VALUE! for a confidence of 95, a proportion of 50 and an unknown method", () => {
    expect(errorOf(() => moe(0.5, 2350, 95)).message).toMatch(/such as 0.95/);
    expect(errorOf(() => moe(50, 2350)).code).toBe("#VALUE!");
    expect(errorOf(() => moe(0.5, 2350, 0.95, "EXACT")).message).toMatch(/NORMAL, WILSON/);
  });
});

describe("CSP.PROPTEST", () => {
  it("gives p = 0.0444 for 60% of 200 against 50% of 200", () => {
    // By hand: pooled 0.55; se = sqrt(0.55 x 0.45 x 0.01) = 0.049749; z = 2.0101; p = 2 x 0.02221 = 0.0444.
    expect(propTest(0.6, 200, 0.5, 200)).toBeCloseTo(0.0444, 4);
  });

  it("returns #VALUE! naming the argument that is not a number", () => {
    expect(errorOf(() => propTest(0.6, "many" as unknown as number, 0.5, 200)).message).toMatch(/^n1 /);
  });
});

describe("CSP.MOE and CSP.PROPTEST at the edge of the number range (issue 15)", () => {
  it("give #NUM! rather than Infinity or NaN", () => {
    expect(errorOf(() => moe(0.5, 1e-300, null as unknown as number, "WILSON")).code).toBe("#NUM!");
    expect(errorOf(() => propTest(1, 1e308, 1, 1e308)).code).toBe("#NUM!");
  });
});
