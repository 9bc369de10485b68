import fc from "fast-check";
import { parsePrintedNumber } from "../../../src/core/check/parse-printed-number";

const value = (cell: unknown) => parsePrintedNumber(cell).value;

describe("reading a number as people type and paste it", () => {
  it.each([
    ["13,594", 13594],
    ["+32.4%", 32.4],
    ["-5.8 %", -5.8],
    ["(1,234)", -1234],
    ["1 234", 1234],
    ["1\u00a0234", 1234],
    ["1\u2009234", 1234],
    ["1\u202f234", 1234],
    ["\u22123", -3],
    ["\u2013 3", -3],
    ["+ 2645", 2645],
    ["125¹", 125],
    ["12†", 12],
    ["4,422*", 4422],
    ["66.1 %", 66.1],
    ["0.0%", 0],
    ["-0", 0],
    [" 28.6 ", 28.6],
    [".5", 0.5],
    ["38302\u2020", 38302],
    ["£1,200", 1200],
    ["3=", 3],
    ["=3", 3],
  ])("reads %j as %d", (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it.each(["N/A", "N/A*", "n/a", "NA", "..", "-", "x", "##", "###", "\u2013"])("reads %j as not available", (text) => {
    expect(parsePrintedNumber(text)).toMatchObject({ value: null, kind: "missing" });
  });

  it.each(["Maidstone", "2007/08", "1,23", "12-14", "1.2.3", "Nov 2016"])("reads %j as text, not a number", (text) => {
    expect(parsePrintedNumber(text)).toMatchObject({ value: null, kind: "text" });
  });

  it("keeps the printed decimals, the % sign and the footnote mark", () => {
    expect(parsePrintedNumber("+28.60%*")).toEqual({
      value: 28.6,
      kind: "percent",
      decimals: 2,
      footnote: "*",
      text: "+28.60%*",
      raw: false,
    });
    expect(parsePrintedNumber("N/A*")).toMatchObject({ footnote: "*", text: "N/A*" });
  });

  it("takes a workbook's number as it is, with the decimals of the value", () => {
    expect(parsePrintedNumber(0.286)).toMatchObject({ value: 0.286, kind: "number", decimals: 3, raw: true });
    expect(parsePrintedNumber(13594)).toMatchObject({ value: 13594, decimals: 0 });
    // 68.9% written to a sheet as a fraction: binary floating point stores 0.6890000000000001, Excel shows 0.689.
    expect(parsePrintedNumber(0.689 + 1e-16)).toMatchObject({ value: 0.689, decimals: 3 });
  });

  it("reads blanks, null and NaN as blank", () => {
    for (const cell of ["", "  ", "\u00a0", null, undefined, NaN]) expect(parsePrintedNumber(cell).kind).toBe("blank");
  });

  it("reads back any whole number written with thousands separators, sign and spaces", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.constantFrom(",", " ", "\u00a0", ""), (n, separator) => {
        const grouped = Math.abs(n)
          .toString()
          .replace(/\B(?=(\d{3})+(?!\d))/g, separator);
        const text = n < 0 ? `\u2212${grouped}` : `+${grouped}`;
        expect(value(text)).toBe(n === 0 ? 0 : n);
      }),
    );
  });

  it("reads a text behind a leading apostrophe as that text, as the toolkit's formula-safe CSV writes it", () => {
    expect(parsePrintedNumber("'- Robbery")).toMatchObject({ kind: "text", value: null, text: "- Robbery" });
    expect(parsePrintedNumber("'=SUM(A1)")).toMatchObject({ kind: "text", text: "=SUM(A1)" });
  });
});
