import fc from "fast-check";
import { combine } from "../../../src/core/morile/combine";
import { InputError } from "../../../src/core/errors";

describe("combine", () => {
  it("adds the values for the sum rule: 4 + 4 + 2 + 2 + 2 = 14", () => {
    expect(combine("sum", [4, 4, 2, 2, 2])).toBe(14);
  });

  it("takes the largest value for the max rule", () => {
    expect(combine("max", [1, 5, 3])).toBe(5);
  });

  it("multiplies the values for the product rule: 98 x 3 x 4 = 1176", () => {
    expect(combine("product", [98, 3, 4])).toBe(1176);
  });

  it("shows fractional results as Excel does, to 15 significant digits: 0.8 x 3 = 2.4", () => {
    expect(combine("product", [0.8, 3])).toBe(2.4);
    expect(combine("sum", [0.1, 0.2])).toBe(0.3);
  });

  it("refuses an empty list and values that are not numbers", () => {
    expect(() => combine("sum", [])).toThrow(InputError);
    expect(() => combine("max", [1, NaN])).toThrow(/numbers, not NaN/);
  });

  it("never gives a max below any value, and a sum of whole points equals the plain total", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 }), (values) => {
        const largest = combine("max", values);
        expect(values.every((v) => v <= largest)).toBe(true);
        expect(combine("sum", values)).toBe(values.reduce((a, b) => a + b, 0));
      }),
    );
  });
});
