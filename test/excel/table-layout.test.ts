import fc from "fast-check";
import { tableLayout, HEADER_FILL } from "../../src/excel/table-layout";
import { displayText } from "../../src/excel/display-text";
import { formatCell } from "../../src/core/house-style/format-cell";
import type { TableCell } from "../../src/core/tables/table-model";
import { volumeByType } from "../export/seed-tables";

/** Seed table 2.6 (first page), built by hand from the seed document for the export tests. */
const seedTable = volumeByType();

describe("tableLayout", () => {
  const layout = tableLayout(seedTable);

  it("puts the title, two header rows, the body, a blank row, the note and the source line in order", () => {
    expect(layout.values.map((row) => row[0])).toEqual([
      seedTable.title,
      "",
      "",
      "Victim based crime",
      "Violent Crime",
      "- Sexual Offences",
      "- Robbery",
      "Burglary Residential",
      "Vehicle Crime",
      "- Theft From Motor Vehicle",
      "All crime",
      "",
      seedTable.notes[0],
      "Source: Kent Police recorded crime, November 2015 - October 2017",
    ]);
    expect(layout.headerRow).toBe(1);
    expect(layout.bodyRow).toBe(3);
    expect(layout.bodyEnd).toBe(11);
  });

  it("writes the seed's first row as numbers, the % change as a fraction (28.6 -> 0.286)", () => {
    expect(layout.values[3].slice(0, 5)).toEqual(["Victim based crime", 1214, 11890, 9245, 2645]);
    expect(layout.values[3][5]).toBeCloseTo(0.286, 12);
    expect(layout.numberFormats[3]).toEqual(["@", "#,##0", "#,##0", "#,##0", "+#,##0;-#,##0;0", "+0.0%;-0.0%;0.0%"]);
  });

  it("writes a missing comparison as the text N/A with its footnote marker", () => {
    expect(layout.values[7]).toEqual(["Burglary Residential", 77, "N/A*", 286, "N/A*", "N/A*"]);
    expect(layout.numberFormats[7][2]).toBe("@");
  });

  it("merges the spanned header and fills, bolds and borders the header rows", () => {
    expect(layout.merges).toEqual([{ row: 1, column: 2, rows: 1, columns: 2 }]);
    expect(layout.values[1]).toEqual(["", "Month", "Rolling year", "", "Number change", "% change"]);
    expect(layout.styles).toContainEqual({
      row: 1,
      column: 0,
      rows: 2,
      columns: 6,
      style: expect.objectContaining({ fill: HEADER_FILL, bold: true, border: true }),
    });
  });

  it("bolds subtotal and total rows, indents sub-categories and right-aligns numbers", () => {
    expect(layout.styles).toContainEqual(
      expect.objectContaining({ row: 3, rows: 1, columns: 6, style: { bold: true } }),
    );
    expect(layout.styles).toContainEqual(
      expect.objectContaining({ row: 10, rows: 1, columns: 6, style: expect.objectContaining({ bold: true }) }),
    );
    expect(layout.styles).toContainEqual({ row: 6, column: 0, rows: 1, columns: 1, style: { indent: 1 } });
    expect(layout.styles).toContainEqual({
      row: 3,
      column: 1,
      rows: 8,
      columns: 5,
      style: { horizontalAlignment: "Right" },
    });
  });

  it("fits the label column to the longest label", () => {
    expect(layout.columnWidths[0]).toBe(Math.round("- Theft From Motor Vehicle".length * 6 + 10));
    expect(layout.columnWidths).toHaveLength(6);
  });

  it("puts a footnote marker on a number into its number format", () => {
    const table = {
      ...seedTable,
      headerRows: [[{ text: "" }, { text: "n" }]],
      rows: [
        {
          level: 0 as const,
          kind: "data" as const,
          cells: [
            { kind: "text" as const, value: "A" },
            { kind: "count" as const, value: 5, footnote: "*" },
          ],
        },
      ],
    };
    const l = tableLayout(table);
    expect(l.numberFormats[2][1]).toBe('#,##0"*"');
    expect(displayText(5, l.numberFormats[2][1])).toBe("5*");
  });

  it("shows every cell in Excel as formatCell shows it elsewhere, apart from Excel's thousands separators", () => {
    const kinds = ["count", "change", "percentChange", "percent", "rate", "rank", "number"] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        fc.integer({ min: -99999, max: 99999 }),
        fc.integer({ min: 0, max: 3 }),
        (kind, whole, decimals) => {
          const value = kind === "count" || kind === "rank" ? Math.abs(whole) : whole / 10;
          const cell: TableCell = { kind, value, decimals };
          const table = {
            ...seedTable,
            headerRows: [[{ text: "" }, { text: "x" }]],
            rows: [{ level: 0 as const, kind: "data" as const, cells: [{ kind: "text" as const, value: "A" }, cell] }],
          };
          const l = tableLayout(table);
          expect(displayText(l.values[2][1], l.numberFormats[2][1]).replace(/,/g, "")).toBe(formatCell(cell));
        },
      ),
    );
  });

  it("refuses a header whose spans do not match the body, naming the table", () => {
    expect(() => tableLayout({ ...seedTable, headerRows: [[{ text: "a", span: 2 }]] })).toThrow(
      /Header row 1 of "Volume of crimes.*covers 2 columns but the body has 6/,
    );
  });
});

describe("tableLayout cell colours", () => {
  it("fills a cell that carries a fill, such as MDC's grey for common cause", async () => {
    const { summaryTable } = await import("../export/summary-table");
    const styles = tableLayout(summaryTable()).styles;
    expect(styles).toContainEqual({ row: 2, column: 2, rows: 1, columns: 1, style: { fill: "#E46C0A" } });
    expect(styles).toContainEqual({ row: 3, column: 2, rows: 1, columns: 1, style: { fill: "#A6A6A6" } });
  });
});
