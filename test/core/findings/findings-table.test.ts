import { findingsTable, KEY_FINDINGS_RECIPE } from "../../../src/core/findings/findings-table";

describe("findingsTable", () => {
  it("puts one finding per row, as text, with the title of its source table", () => {
    const table = findingsTable([
      { table: "Volume of crimes by type, Maidstone, RY ending Oct 2017", findings: ["A.", "B."] },
      { table: "Months by financial year", findings: [] },
      { table: "Violent crime by area, RY ending Oct 2017", findings: ["C."] },
    ]);
    expect(table?.recipe).toBe(KEY_FINDINGS_RECIPE);
    expect(table?.sheetName).toBe("Key findings");
    expect(table?.headerRows[0].map((h) => h.text)).toEqual(["Finding", "Source table"]);
    expect(table?.rows.map((r) => r.cells.map((c) => [c.kind, c.value]))).toEqual([
      [
        ["text", "A."],
        ["text", "Volume of crimes by type, Maidstone, RY ending Oct 2017"],
      ],
      [
        ["text", "B."],
        ["text", "Volume of crimes by type, Maidstone, RY ending Oct 2017"],
      ],
      [
        ["text", "C."],
        ["text", "Violent crime by area, RY ending Oct 2017"],
      ],
    ]);
    expect(table?.notes[0]).toMatch(/below 0.05/);
  });

  it("makes no table when there are no findings", () => {
    expect(findingsTable([{ table: "x", findings: [] }])).toBeNull();
  });
});
