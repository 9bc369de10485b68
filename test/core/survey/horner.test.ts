import { horner } from "../../../src/core/survey/horner";

describe("horner", () => {
  it("evaluates x^2 - 1 at 2 as 3 and 2x^3 + 3x + 4 at -1 as -1", () => {
    expect(horner(2, [1, 0, -1])).toBe(3);
    expect(horner(-1, [2, 0, 3, 4])).toBe(-1);
  });

  it("gives 0 for no coefficients", () => {
    expect(horner(5, [])).toBe(0);
  });
});
