import fc from "fast-check";
import {
  absoluteReference,
  columnLetters,
  columnNumber,
  formatAddress,
  parseAddress,
  selectionInUse,
  splitReference,
} from "../../src/excel/a1";

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

  it("cuts whole selected columns to the rows in use, so B:E over a 3-row table reads B1:E3", () => {
    const wholeColumns = { row: 0, column: 1, rows: 1048576, columns: 4 };
    expect(selectionInUse(wholeColumns, parseAddress("A1:F3"))).toEqual({ rect: parseAddress("B1:E3"), inUse: true });
  });

  it("cuts a selection to the used range on every side, and keeps one inside it as it is", () => {
    expect(selectionInUse(parseAddress("A1:Z99"), parseAddress("C4:D6"))).toEqual({
      rect: parseAddress("C4:D6"),
      inUse: true,
    });
    expect(selectionInUse(parseAddress("C5:D5"), parseAddress("A1:F9"))).toEqual({
      rect: parseAddress("C5:D5"),
      inUse: true,
    });
  });

  it("gives the selection's top-left cell, not in use, when it misses the data or the sheet is empty", () => {
    expect(selectionInUse(parseAddress("H10:J20"), parseAddress("A1:C3"))).toEqual({
      rect: parseAddress("H10"),
      inUse: false,
    });
    expect(selectionInUse(parseAddress("B2:C3"), null)).toEqual({ rect: parseAddress("B2"), inUse: false });
  });

  it("never gives a rectangle outside either the selection or the used range (property)", () => {
    const rect = fc.record({
      row: fc.nat(50),
      column: fc.nat(50),
      rows: fc.integer({ min: 1, max: 50 }),
      columns: fc.integer({ min: 1, max: 50 }),
    });
    fc.assert(
      fc.property(rect, rect, (selection, used) => {
        const { rect: cut, inUse } = selectionInUse(selection, used);
        const inside = (a: typeof cut, b: typeof cut) =>
          a.row >= b.row &&
          a.column >= b.column &&
          a.row + a.rows <= b.row + b.rows &&
          a.column + a.columns <= b.column + b.columns;
        expect(inside(cut, selection)).toBe(true);
        if (inUse) expect(inside(cut, used)).toBe(true);
        else expect(inside(cut, used)).toBe(false);
      }),
    );
  });
});
