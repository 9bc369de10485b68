import { MemoryWorkbook, excelReads } from "../../src/excel/memory-workbook";
import { rowsPerChunk } from "../../src/excel/read-chunks";
import { volumeByType } from "../export/seed-tables";

/** Seed table 2.6 (first page), built by hand from the seed document for the export tests. */
const seedTable = volumeByType();

function workbookWithData(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.seedSheet("Data", [
    ["Month", "Crime type", "LSOA name"],
    ["2024-01", "Burglary", "Newport 001A"],
    ["2024-02", '=HYPERLINK("x")', "Torfaen 002B"],
  ]);
  return wb;
}

describe("MemoryWorkbook", () => {
  it("reads a seeded sheet's used range with one sync for the address and one per chunk", async () => {
    const wb = workbookWithData();
    const used = await wb.readUsedRange("Data");
    expect(used.address).toBe("A1:C3");
    expect(used.values[2][1]).toBe('=HYPERLINK("x")');
    expect(wb.syncCount).toBe(2);
  });

  it("reads a large sheet in several chunks, each under the payload budget", async () => {
    const wb = new MemoryWorkbook();
    const rows = Array.from({ length: 20000 }, (_, i) => [i, "x".repeat(60), "Anti-social behaviour"]);
    wb.seedSheet("Big", rows);
    const used = await wb.readUsedRange("Big");
    expect(used.values).toHaveLength(20000);
    expect(used.values[19999][0]).toBe(19999);
    // 3 columns at 64 bytes a cell is 20833 rows in the first chunk; the rows here are about 90 bytes,
    // so later chunks are sized from a sample of them: 4e6 / (90 * 1.25) > 20000, and the read takes two syncs.
    expect(rowsPerChunk(3)).toBe(20833);
    expect(wb.syncCount).toBe(2);
  });

  it("reads the selection and a table, and lists sheets and tables", async () => {
    const wb = workbookWithData();
    wb.seedTable("Crimes", "Data", "A1:C3");
    wb.select("Data", "B2:C3");
    expect((await wb.readSelection()).values).toEqual([
      ["Burglary", "Newport 001A"],
      ['=HYPERLINK("x")', "Torfaen 002B"],
    ]);
    expect((await wb.readTable("Crimes")).values).toHaveLength(3);
    expect(await wb.listSheets()).toEqual(["Data"]);
    expect(await wb.listTables()).toEqual([{ name: "Crimes", sheet: "Data", address: "A1:C3" }]);
  });

  it("adds sheets under new names and never reuses one", async () => {
    const wb = workbookWithData();
    expect(await wb.addSheet("Volume by type")).toBe("Volume by type");
    expect(await wb.addSheet("Volume by type")).toBe("Volume by type (2)");
    expect(await wb.addSheet("data")).toBe("data (2)");
    expect(wb.sheets.map((s) => s.name)).toEqual(["Data", "Volume by type", "Volume by type (2)", "data (2)"]);
  });

  it("refuses to write to the user's own sheets", async () => {
    const wb = workbookWithData();
    await expect(wb.writeValues("Data", "A1", [["x"]])).rejects.toThrow("user's own sheets");
    expect(wb.valuesOf("Data", "A1")).toEqual([["Month"]]);
  });

  it("keeps strings starting with = + - @ as text when writing values", async () => {
    const wb = new MemoryWorkbook();
    const sheet = await wb.addSheet("Out");
    await wb.writeValues(sheet, "B2", [["=1+1", "+44 Street", "-Robbery", "@home", "00123", 5]]);
    expect(wb.valuesOf(sheet, "B2:G2")).toEqual([["=1+1", "+44 Street", "-Robbery", "@home", "00123", 5]]);
    expect(wb.cell(sheet, "B2").formula).toBeUndefined();
    expect(wb.cell(sheet, "B2").numberFormat).toBe("@");
  });

  it("models Excel reading typed input when a cell is not formatted as text", () => {
    expect(excelReads("=1+1", "General")).toEqual({ value: "", formula: "=1+1" });
    expect(excelReads("-Robbery", "General")).toEqual({ value: "", formula: "=-Robbery" });
    expect(excelReads("@home", "General")).toEqual({ value: "", formula: "=home" });
    expect(excelReads("-3", "General")).toEqual({ value: -3 });
    expect(excelReads("=1+1", "@")).toEqual({ value: "=1+1" });
  });

  it("writes formulas where asked and constants as text", async () => {
    const wb = new MemoryWorkbook({ evaluate: (f) => (f === "=2*3" ? 6 : "") });
    const sheet = await wb.addSheet("Matrix");
    await wb.writeFormulas(sheet, "A1", [["=2*3", "=label", 4]]);
    expect(wb.cell(sheet, "A1")).toMatchObject({ formula: "=2*3", value: 6 });
    expect(wb.cell(sheet, "B1")).toMatchObject({ formula: "=label" });
    expect(wb.cell(sheet, "C1").value).toBe(4);
  });

  it("writes a table in two syncs however many rows it has", async () => {
    const wb = new MemoryWorkbook();
    const sheet = await wb.addSheet(seedTable.sheetName);
    const before = wb.syncCount;
    await wb.writeTable(sheet, seedTable);
    expect(wb.syncCount - before).toBe(2);
    const big = { ...seedTable, rows: Array.from({ length: 400 }, () => seedTable.rows[0]) };
    const sheet2 = await wb.addSheet("Big");
    const before2 = wb.syncCount;
    await wb.writeTable(sheet2, big);
    expect(wb.syncCount - before2).toBe(2);
  });

  it("shows a written table as the seed prints it, numbers staying numbers", async () => {
    const wb = new MemoryWorkbook();
    const sheet = await wb.addSheet(seedTable.sheetName);
    const written = await wb.writeTable(sheet, seedTable);
    expect(written).toEqual({ sheet, address: "A1:F14", tableAddress: "A2:F11", firstBodyRow: 4, lastBodyRow: 11 });
    expect(wb.displayOf(sheet, "A4:F4")).toEqual([
      ["Victim based crime", "1,214", "11,890", "9,245", "+2,645", "+28.6%"],
    ]);
    expect(wb.displayOf(sheet, "A7:F8")).toEqual([
      ["- Robbery", "9", "99", "69", "+30", "+43.5%"],
      ["Burglary Residential", "77", "N/A*", "286", "N/A*", "N/A*"],
    ]);
    expect(wb.displayOf(sheet, "E10:F10")).toEqual([["-3", "-0.6%"]]);
    expect(wb.cell(sheet, "F4").value).toBeCloseTo(0.286, 10);
    expect(wb.cell(sheet, "A11").style.bold).toBe(true);
    expect(wb.cell(sheet, "A7").style.indent).toBe(1);
    expect(wb.cell(sheet, "C7").style.horizontalAlignment).toBe("Right");
    expect(wb.cell(sheet, "A13").value).toMatch(/^\*Please note/);
    expect(wb.cell(sheet, "A14").value).toBe("Source: Kent Police recorded crime, November 2015 - October 2017");
    expect(wb.sheet(sheet).merges).toEqual([{ row: 1, column: 2, rows: 1, columns: 2 }]);
  });

  it("draws a line chart from the cells its series refer to", async () => {
    const wb = new MemoryWorkbook();
    const sheet = await wb.addSheet("SPC");
    await wb.writeValues(sheet, "A1", [
      ["Month", "Value"],
      ["Jan", 3],
      ["Feb", 5],
    ]);
    await wb.addLineChart({
      sheet,
      title: "T",
      categories: "A2:A3",
      series: [{ name: "Value", values: `'SPC'!$B$2:$B$3` }],
      anchor: "D2",
    });
    const chart = wb.sheet(sheet).charts[0];
    expect(chart.resolved()).toEqual({ categories: ["Jan", "Feb"], series: [{ name: "Value", points: [3, 5] }] });
  });

  it("adds several charts in one sync, as Excel would", async () => {
    const wb = new MemoryWorkbook();
    const sheet = await wb.addSheet("SPC");
    const before = wb.syncCount;
    const chart = (title: string) => ({
      sheet,
      title,
      categories: "A2:A3",
      series: [{ name: "Value", values: "B2:B3" }],
      anchor: "D2",
    });
    await wb.addLineCharts([chart("Newport"), chart("Torfaen"), chart("Caerphilly")]);
    expect(wb.sheet(sheet).charts.map((c) => c.title)).toEqual(["Newport", "Torfaen", "Caerphilly"]);
    expect(wb.syncCount - before).toBe(1);
  });

  it("keeps the column width it is given in points, and refuses one that is a width in characters or out of Excel's range (issue 24, item 1)", async () => {
    const wb = new MemoryWorkbook();
    const sheet = await wb.addSheet("Widths");
    await wb.formatRange({ sheet, address: "B1:C1" }, { columnWidthPoints: 94 });
    expect([...wb.sheet(sheet).columnWidths.entries()]).toEqual([
      [1, 94],
      [2, 94],
    ]);
    await expect(wb.formatRange({ sheet, address: "D1" }, { columnWidthPoints: 14 })).rejects.toThrow(
      /Widths!D1: a column width must be in points from 22 to 1342.5/,
    );
    await expect(wb.formatRange({ sheet, address: "D1" }, { columnWidthPoints: 2000 })).rejects.toThrow(/in points/);
    await expect(wb.formatRange({ sheet, address: "D1" }, { columnWidthPoints: NaN })).rejects.toThrow(/in points/);
    expect(wb.sheet(sheet).columnWidths.has(3)).toBe(false);
  });

  it("deletes sheets it added, never the analyst's own, and refuses new sheets while the structure is protected (issue 24, items 5 and 8)", async () => {
    const wb = new MemoryWorkbook();
    wb.seedSheet("Data", [["x"]]);
    const added = await wb.addSheet("Report");
    await wb.activate(added);
    await expect(wb.deleteSheets(["Data"])).rejects.toThrow(/one of the user's own sheets/);
    await wb.deleteSheets([added]);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Data"]);
    expect(wb.activeSheet).toBe("Data");
    wb.structureProtected = true;
    await expect(wb.addSheet("Report")).rejects.toThrow(/structure is protected/);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Data"]);
  });

  it("keeps validations, text fill rules, formats and the active sheet", async () => {
    const wb = new MemoryWorkbook();
    const sheet = await wb.addSheet("MoRiLE");
    await wb.addListValidation({ sheet, address: "B2:B5", source: ["High", "Low"] });
    await wb.addTextFillRule({ sheet, address: "C2:C5", equals: "High", fill: "#FF0000" });
    await wb.formatRange(
      { sheet, address: "A1:C1" },
      { bold: true, fill: "#EEEEEE", columnWidthPoints: 80, numberFormat: "0.0" },
    );
    await wb.activate(sheet);
    const s = wb.sheet(sheet);
    expect(s.validations).toHaveLength(1);
    expect(s.textFillRules[0].equals).toBe("High");
    expect(wb.cell(sheet, "B1").style).toMatchObject({ bold: true, fill: "#EEEEEE" });
    expect(wb.cell(sheet, "B1").numberFormat).toBe("0.0");
    expect(s.columnWidths.get(2)).toBe(80);
    expect(wb.activeSheet).toBe(sheet);
    expect(wb.syncCount).toBe(2 + 4);
  });
});
