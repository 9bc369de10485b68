import { readCheckTable } from "../../../src/core/check/read-check-table";
import { seedTable } from "./seed-fixtures";

describe("reading a table as printed", () => {
  it("reads a header of years (seed 4.2) and two label columns", () => {
    const table = readCheckTable(seedTable("4-2"));
    expect(table.headerRows).toBe(1);
    expect(table.columns.map((c) => c.role)).toEqual(["label", "label", "period", "period"]);
    expect(table.rows[0].name).toBe("ASB All Anti-social behaviour complaints");
  });

  it("reads a two-row header (seed 3.1), naming each column by its lowest header", () => {
    const table = readCheckTable(seedTable("3-1"));
    expect(table.headerRows).toBe(2);
    expect(table.columns.map((c) => c.name)).toEqual([
      "Violent Crime",
      "October 2017",
      "RY ending October 2017",
      "RY ending October 2016",
      "Number change",
      "% change",
    ]);
  });

  it("reads table 2.6's second page, one cell wider, with the extra year as a column before the changes", () => {
    const table = readCheckTable(seedTable("2-6"));
    expect(table.columns.map((c) => c.role)).toEqual([
      "label",
      "period",
      "period",
      "period",
      "count",
      "numberChange",
      "percentChange",
    ]);
    const first = table.rows.find((r) => r.name === "Robbery")!;
    const second = table.rows.find((r) => r.name === "Shoplifting")!;
    expect([first.cells[4].kind, first.cells[5].value, first.sourceColumns[5]]).toEqual(["blank", 30, 4]);
    expect([second.cells[4].value, second.cells[5].value, second.sourceColumns[5]]).toEqual([1077, 151, 5]);
  });

  it("skips blank rows and keeps each row's place in the matrix, and its sub-category mark and bold", () => {
    const table = readCheckTable(
      [
        ["", "2017"],
        ["", ""],
        ["Violent crime", "5"],
        ["- Robbery", "5"],
        ["Total", "5"],
      ],
      [false, false, false, false, true],
    );
    expect(table.rows.map((r) => [r.source, r.name, r.level, r.bold])).toEqual([
      [2, "Violent crime", 0, false],
      [3, "Robbery", 1, false],
      [4, "Total", 0, true],
    ]);
  });
});
