import { ExcelError, guard } from "../../src/functions/excel-error";
import { errorOf } from "./error-of";

describe("guard", () => {
  it("makes an answer that is not a finite number #NUM! with a message", () => {
    const overflow = errorOf(() => guard(() => 1e308 * 10));
    expect(overflow.code).toBe("#NUM!");
    expect(overflow.message).toMatch(/largest number Excel can hold/);
    expect(errorOf(() => guard(() => NaN)).message).toMatch(/^The answer is not a number/);
  });

  it("turns each spilled number that is not finite into #NUM!, leaving the other cells", () => {
    const rows = guard(() => [
      [1, Infinity],
      ["a", NaN],
    ]);
    expect(rows[0][0]).toBe(1);
    expect((rows[0][1] as unknown as ExcelError).code).toBe("#NUM!");
    expect(rows[1][0]).toBe("a");
    expect((rows[1][1] as unknown as ExcelError).code).toBe("#NUM!");
  });

  it("maps an unexpected crash to #VALUE! with its message", () => {
    expect(
      errorOf(() =>
        guard(() => {
          throw new TypeError("boom");
        }),
      ).code,
    ).toBe("#VALUE!");
  });
});
