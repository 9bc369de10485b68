import { marginOfError } from "../../../src/core/survey/margin-of-error";
import { roundHalfAway } from "../../../src/core/change/round-half-away";
import { InputError } from "../../../src/core/errors";

describe("marginOfError", () => {
  it("gives the seed's +/-2.0% for 2,350 responses at 95% (Appendix 5)", () => {
    // By hand: 1.959964 x sqrt(0.25 / 2350) = 1.959964 x 0.0103142 = 0.020215.
    const margin = marginOfError(0.5, 2350);
    expect(margin).toBeCloseTo(0.020215, 5);
    expect(roundHalfAway(margin * 100, 1)).toBe(2.0);
  });

  it("widens at 99%: 2.575829 x 0.0103142 = 0.026568", () => {
    expect(marginOfError(0.5, 2350, 0.99)).toBeCloseTo(0.026568, 5);
  });

  it("gives the textbook +/-3.1% for 1,000 responses at 50% and +/-1.9% at 10%", () => {
    // 1.96 x sqrt(0.25/1000) = 0.03099; 1.96 x sqrt(0.09/1000) = 0.01859.
    expect(marginOfError(0.5, 1000)).toBeCloseTo(0.03099, 4);
    expect(marginOfError(0.1, 1000)).toBeCloseTo(0.01859, 4);
  });

  it("gives the Wilson half-width, close to the normal one for many responses", () => {
    // Wilson at p = 0.5, n = 2350: z/(1+z^2/n) x sqrt(0.25/n + z^2/(4n^2)) = 0.020199.
    expect(marginOfError(0.5, 2350, 0.95, "WILSON")).toBeCloseTo(0.020199, 5);
  });

  it("keeps a Wilson margin for a small group that answered all no, where the normal margin is 0", () => {
    // Wilson upper bound for 0 of 20 at 95%: z^2/(n+z^2) = 3.8415/23.8415 = 0.16112; half-width is half that.
    expect(marginOfError(0, 20)).toBe(0);
    expect(marginOfError(0, 20, 0.95, "WILSON")).toBeCloseTo(0.16112 / 2, 4);
  });

  it("refuses a proportion outside 0-1, a size of 0 and a confidence given as 95", () => {
    expect(() => marginOfError(50, 100)).toThrow(/50% is 0.5/);
    expect(() => marginOfError(0.5, 0)).toThrow(InputError);
    expect(() => marginOfError(0.5, 100, 95)).toThrow(/such as 0.95/);
  });
});
