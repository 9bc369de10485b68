import { NotAvailableError } from "../../../src/core/errors";
import { assuranceOf } from "../../../src/core/spc/assurance-of";

describe("assuranceOf", () => {
  it("passes a fewer-is-better target above the upper limit and fails one below the lower limit", () => {
    expect(assuranceOf(200, 120, 180, "DOWN")).toBe("Consistently passing");
    expect(assuranceOf(100, 120, 180, "DOWN")).toBe("Consistently failing");
    expect(assuranceOf(150, 120, 180, "DOWN")).toBe("Hit and miss");
  });

  it("mirrors the answer when more is better", () => {
    expect(assuranceOf(100, 120, 180, "UP")).toBe("Consistently passing");
    expect(assuranceOf(200, 120, 180, "UP")).toBe("Consistently failing");
  });

  it("counts a target exactly on a limit as passing or failing, as the MDC SQL's <= and >= do", () => {
    expect(assuranceOf(180, 120, 180, "DOWN")).toBe("Consistently passing");
    expect(assuranceOf(120, 120, 180, "DOWN")).toBe("Consistently failing");
  });

  it("has no answer without an improvement direction, and refuses a target that is not a number", () => {
    expect(() => assuranceOf(150, 120, 180, "NEITHER")).toThrow(NotAvailableError);
    expect(() => assuranceOf(NaN, 120, 180, "DOWN")).toThrow(RangeError);
  });
});
