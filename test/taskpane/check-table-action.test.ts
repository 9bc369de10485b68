import { formatAddress } from "../../src/excel/a1";
import { recalculateWorkbook } from "../../src/excel/formula-evaluator";
import { MemoryWorkbook } from "../../src/excel/memory-workbook";
import type { CellValue } from "../../src/excel/workbook-port";
import { checkSelectedTable } from "../../src/taskpane/check-table-action";
import { standardTables } from "../../src/core/tables/standard-tables";
import { censusMatrix, datasetOf, policeRows } from "../core/tables/police-uk-fixture";
import { seedTable } from "../core/check/seed-fixtures";

/** Seed table 2.6 as pasted into a sheet at B3, with workbook numbers where Excel would have read numbers. */
function pastedWorkbook(): { wb: MemoryWorkbook; values: CellValue[][] } {
  const wb = new MemoryWorkbook({ calculate: recalculateWorkbook });
  const rows = seedTable("2-6").map((row) => row.map((cell): CellValue => (/^\d+$/.test(cell) ? Number(cell) : cell)));
  const width = Math.max(...rows.map((r) => r.length));
  const values = [
    Array(width + 1).fill(""),
    Array(width + 1).fill(""),
    ...rows.map((r) => ["", ...r, ...Array(width - r.length).fill("")]),
  ];
  wb.seedSheet("Table 2.6", values);
  wb.select("Table 2.6", `B3:H${2 + rows.length}`);
  return { wb, values };
}

describe("Check a table in the task pane", () => {
  it("writes the report on a new sheet, linking each finding to its cell, and leaves the analyst's range as it was", async () => {
    const { wb } = pastedWorkbook();
    const before = JSON.stringify(wb.valuesOf("Table 2.6"));
    const outcome = await checkSelectedTable(wb);
    expect(outcome.sheet).toBe("Check Table 2.6");
    expect(outcome.summary).toBe(
      'Checked Table 2.6!B3:H27: 2 of 59 derived cells disagree. The list, with a link to each cell, is on "Check Table 2.6".',
    );
    expect(JSON.stringify(wb.valuesOf("Table 2.6"))).toBe(before);
    wb.recalculate();
    const report = wb.valuesOf("Check Table 2.6");
    const header = report.findIndex((row) => row[0] === "Cell");
    // The seed's line 5 is the sheet's row 7; the number change is the table's 5th column, F.
    expect(report[header + 1]).toEqual([
      "F7",
      "Violence Against The Person",
      "Number change",
      "+ 725",
      "+1443",
      "4833 - 3390 = +1443",
    ]);
    expect(wb.cell("Check Table 2.6", `A${header + 2}`).formula).toBe('=HYPERLINK("#\'Table 2.6\'!$F$7","F7")');
    expect(report[header + 2][0]).toBe("G7");
    expect(wb.activeSheet).toBe("Check Table 2.6");
  });

  it("sets the working column's width in points, wide enough for 60 characters (issue 24, item 1)", async () => {
    const { wb } = pastedWorkbook();
    const outcome = await checkSelectedTable(wb);
    // Excel's width of 60 characters of Calibri 11: (60 x 7 + 5) pixels at 0.75 points each.
    expect(wb.sheet(outcome.sheet).columnWidths.get(5)).toBeGreaterThanOrEqual((60 * 7 + 5) * 0.75);
  });

  it('writes printed values such as "+ 725" and "-15.9%" as text, never as formulas', async () => {
    const { wb } = pastedWorkbook();
    const outcome = await checkSelectedTable(wb);
    const report = wb.valuesOf(outcome.sheet);
    const header = report.findIndex((row) => row[0] === "Cell");
    expect(wb.cell(outcome.sheet, `D${header + 2}`).formula).toBeUndefined();
    expect(report[header + 1][3]).toBe("+ 725");
  });

  it("says no derived cell could be checked when the table has none, not that all 0 agree", async () => {
    const wb = new MemoryWorkbook();
    wb.seedSheet("Counts", [
      ["Area", "Offences"],
      ["Newport", 19761],
      ["Torfaen", 9589],
    ]);
    wb.select("Counts", "A1:B3");
    const outcome = await checkSelectedTable(wb);
    expect(outcome.report.checkedCells).toBe(0);
    expect(outcome.summary).toBe(
      'Checked Counts!A1:B3: no derived cell could be checked. What was recognised is on "Check Counts".',
    );
    expect(wb.valuesOf(outcome.sheet)[1][0]).toBe("No derived cell could be checked.");
  });

  it("checks rates against the workbook's Population sheet and says so", async () => {
    const wb = new MemoryWorkbook();
    wb.seedSheet("Population", [
      ["NAME", "POP21"],
      ["Newport", 158800],
      ["Torfaen", 91900],
    ]);
    // By hand: 19761 / 158800 x 1000 = 124.4; 9589 / 91900 x 1000 = 104.3 (printed 140.3).
    wb.seedSheet("Rates", [
      ["Area", "Offences", "Rate per 1,000"],
      ["Newport", 19761, 124.4],
      ["Torfaen", 9589, 140.3],
      ["Newport again", 19761, 124.4],
    ]);
    wb.select("Rates", "A1:C4");
    const outcome = await checkSelectedTable(wb);
    expect(outcome.report.findings.map((f) => f.message)).toEqual([
      'Row "Torfaen", column "Rate per 1,000": printed 140.3; 9589 / 91900 x 1,000 = 104.3.',
    ]);
    expect(outcome.report.recognised).toContain('Rates were checked against the population on "Population".');
  });

  it("finds nothing wrong in each table the toolkit wrote to a sheet, selected whole with its title and notes", async () => {
    const wb = new MemoryWorkbook();
    const census = censusMatrix();
    wb.seedSheet("Population", census);
    const { tables } = standardTables(datasetOf(policeRows("gwent")), { population: census });
    for (const table of tables) {
      const sheet = await wb.addSheet(table.sheetName);
      await wb.writeTable(sheet, table);
      wb.select(sheet, formatAddress(wb.usedRect(wb.sheet(sheet))));
      const outcome = await checkSelectedTable(wb);
      expect([table.recipe, outcome.report.findings]).toEqual([table.recipe, []]);
    }
  }, 60000);

  it("checks only the table when the selection runs far below it, and links to the right cells", async () => {
    const wb = new MemoryWorkbook();
    wb.seedSheet("Data", [
      ["", "Area", "2017", "2016", "Change"],
      ["", "A", 50, 41, 8],
      ["", "B", 20, 25, -5],
    ]);
    wb.select("Data", "B1:E5000");
    const outcome = await checkSelectedTable(wb);
    expect(outcome.source).toEqual({ sheet: "Data", address: "B1:E3" });
    const report = wb.valuesOf(outcome.sheet);
    // By hand: 50 - 41 = 9, printed 8, in cell E2.
    expect(report[report.findIndex((row) => row[0] === "Cell") + 1].slice(0, 5)).toEqual([
      "",
      "A",
      "Change",
      "8",
      "+9",
    ]);
    expect(wb.cell(outcome.sheet, `A${report.findIndex((row) => row[0] === "Cell") + 2}`).formula).toBe(
      '=HYPERLINK("#\'Data\'!$E$2","E2")',
    );
  });

  it("refuses a one-row selection in plain words, writing nothing", async () => {
    const wb = new MemoryWorkbook();
    wb.seedSheet("Data", [["Area", "2017"]]);
    wb.select("Data", "A1:B1");
    await expect(checkSelectedTable(wb)).rejects.toThrow(
      "The selection (Data!A1:B1) is one row: select the whole table, its header row included",
    );
    expect(await wb.listSheets()).toEqual(["Data"]);
  });
});
