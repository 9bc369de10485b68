import { linesUnderTable } from "../../src/export/lines-under-table";
import type { TableModel } from "../../src/core/tables/table-model";

const base: TableModel = { recipe: "t", title: "T", sheetName: "T", headerRows: [], rows: [], notes: [], source: "" };

describe("linesUnderTable", () => {
  it("puts the notes first, then the rows not used, then the source", () => {
    const table = {
      ...base,
      notes: ["* Not comparable."],
      source: "Source: police.uk",
      dropped: { total: 2, reasons: [{ reason: "no month", count: 2, firstRows: [4, 9] }] },
    };
    expect(linesUnderTable(table)).toEqual([
      "* Not comparable.",
      "2 rows of the input were not used: no month (2; first rows 4, 9).",
      "Source: police.uk",
    ]);
  });

  it("leaves out blank notes, an empty dropped summary and an empty source", () => {
    expect(linesUnderTable({ ...base, notes: ["", "A note."], dropped: { total: 0, reasons: [] } })).toEqual([
      "A note.",
    ]);
  });
});
