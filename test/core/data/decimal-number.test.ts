import fc from "fast-check";
import { decimalNumber } from "../../../src/core/data/decimal-number";

describe("decimalNumber", () => {
  it("reads decimal digits with thousands separators, a sign, decimals and an exponent as R writes them", () => {
    expect(["1,204", " 42 ", "-3", "+7", "12.5", "1e+05", "2E3", "1,234,567"].map(decimalNumber)).toEqual([
      1204, 42, -3, 7, 12.5, 100000, 2000, 1234567,
    ]);
  });

  it("reads no hex, binary, octal, infinite or unrepresentable spelling, nor a number past 2^53 (issue 23.5)", () => {
    const refused = [
      "0x10",
      "0b11",
      "0o17",
      "Infinity",
      "-Infinity",
      "NaN",
      "1e308",
      "1e400",
      "1e-400",
      "9007199254740993",
      "12,04",
      "1,2345",
      "",
      "lots",
      "1 204",
    ];
    expect(refused.map(decimalNumber)).toEqual(refused.map(() => undefined));
    expect([1e308, Infinity, NaN, 2 ** 53].map(decimalNumber)).toEqual([undefined, undefined, undefined, undefined]);
    expect(decimalNumber(2 ** 53 - 1)).toBe(2 ** 53 - 1);
  });

  it("reads every safe whole number as written with or without thousands separators (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(decimalNumber(String(n))).toBe(n);
        expect(decimalNumber(n.toLocaleString("en-GB"))).toBe(n);
      }),
    );
  });
});
