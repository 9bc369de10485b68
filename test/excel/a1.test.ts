import fc from "fast-check";
import { absoluteReference, columnLetters, columnNumber, formatAddress, parseAddress, splitReference } from "../../src/excel/a1";

describe("A1 addresses", () => {
  it("names columns as Excel does", () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetters)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA"]);
    expect(columnNumber("xfd")).toBe(16383);
  });

  it("turns column letters back into the same number", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 16383 }), (n) => columnNumber(columnLetters(n)) === n));
  });

  it("reads and writes ranges, cells, absolute and sheet-qualified addresses", () => {
    expect(parseAddress("B3:D4")).toEqual({ row: 2, column: 1, rows: 2, columns: 3 });
    expect(parseAddress("'My data'!$A$1")).toEqual({ row: 0, column: 0, rows: 1, columns: 1 });
    expect(formatAddress({ row: 2, column: 1, rows: 2, columns: 3 })).toBe("B3:D4");
    expect(absoluteReference("Bob's", { row: 0, column: 0, rows: 2, columns: 1 })).toBe("'Bob''s'!$A$1:$A$2");
    expect(splitReference("'Bob''s'!$A$1", "X")).toEqual({ sheet: "Bob's", address: "$A$1" });
    expect(splitReference("A1:B2", "X")).toEqual({ sheet: "X", address: "A1:B2" });
  });

  it("refuses text that is not an address, quoting it", () => {
    expect(() => parseAddress("Sheet")).toThrow('"Sheet" is not a cell or range address');
  });
});
