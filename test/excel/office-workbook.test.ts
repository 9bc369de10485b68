import { OfficeWorkbook, type ExcelRunner } from "../../src/excel/office-workbook";
import { MemoryWorkbook } from "../../src/excel/memory-workbook";
import { tableLayout } from "../../src/excel/table-layout";
import type { CellValue, WorkbookPort } from "../../src/excel/workbook-port";
import { mockExcel } from "./fixtures/mock-excel";
import { volumeByType } from "../export/seed-tables";

/** Seed table 2.6 (first page), built by hand from the seed document for the export tests. */
const seedTable = volumeByType();

const DATA: CellValue[][] = [
  ["Month", "Crime type", "LSOA name"],
  ["2024-01", "Burglary", "Newport 001A"],
  ["2024-02", "Robbery", "Torfaen 002B"],
];

describe("OfficeWorkbook", () => {
  it("reads a used range after loading it, with one sync for the address and one per chunk", async () => {
    const excel = mockExcel({ Data: DATA });
    const used = await new OfficeWorkbook(excel.run).readUsedRange("Data");
    expect(used).toEqual({ sheet: "Data", address: "A1:C3", values: DATA });
    expect(excel.syncs).toBe(2);
  });

  it("reads a large sheet in chunks that each stay under Excel on the web's 5 MB limit", async () => {
    const rows: CellValue[][] = Array.from({ length: 30000 }, (_, i) => [
      i,
      "c".repeat(64),
      "On or near Commercial Street",
      "Newport 014C",
      "Violence and sexual offences",
    ]);
    const excel = mockExcel({ Big: rows });
    const used = await new OfficeWorkbook(excel.run).readUsedRange("Big");
    expect(used.values).toHaveLength(30000);
    expect(used.values[29999][0]).toBe(29999);
    const chunks = excel.ranges.filter((r) => r.rect.columns === 5 && r.rect.rows < 30000);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(JSON.stringify(chunk.mock.values).length).toBeLessThan(5 * 1024 * 1024);
    expect(excel.syncs).toBe(1 + chunks.length);
  });

  it.each(["ResponsePayloadSizeLimitExceeded", "RequestPayloadSizeLimitExceeded"])(
    "reads a chunk again in halves when Excel on the web refuses it with %s",
    async (code) => {
      const rows: CellValue[][] = Array.from({ length: 20000 }, (_, i) => [
        i,
        "c".repeat(64),
        "On or near Commercial Street",
        "Newport 014C",
        "Violence and sexual offences",
      ]);
      const excel = mockExcel({ Big: rows });
      const refused: number[] = [];
      // Excel on the web with a 1 MB limit: a sync carrying a chunk over it fails with the code, as office.js does.
      const run: ExcelRunner = (batch) =>
        excel.run((ctx) => {
          const sync = ctx.sync.bind(ctx);
          ctx.sync = async () => {
            const pending = excel.ranges.filter(
              (r) => r.batch === excel.syncs && r.rect.columns === 5 && r.rect.rows < 20000,
            );
            const large = pending.find(
              (r) => JSON.stringify(rows.slice(r.rect.row, r.rect.row + r.rect.rows)).length > 1_000_000,
            );
            if (large) {
              refused.push(large.rect.rows);
              large.batch = -1; // a refused chunk is not read again by a later sync
              excel.syncs++;
              throw Object.assign(new Error("The response payload size has exceeded the limit."), { code });
            }
            return sync();
          };
          return batch(ctx);
        });
      const used = await new OfficeWorkbook(run).readUsedRange("Big");
      expect(refused.length).toBeGreaterThan(0);
      expect(used.values).toHaveLength(20000);
      expect(used.values.map((row) => row[0])).toEqual(rows.map((row) => row[0]));
    },
  );

  it("runs every batch through Excel.run with delayForCellEdit, so a batch waits while the analyst edits a cell (issue 24, item 5)", async () => {
    const excel = mockExcel({ Data: DATA });
    const options: unknown[] = [];
    const saved = (globalThis as { Excel?: unknown }).Excel;
    (globalThis as { Excel?: unknown }).Excel = {
      run: (runOptions: unknown, batch: (ctx: Excel.RequestContext) => Promise<unknown>) => {
        options.push(runOptions);
        return excel.run(batch);
      },
    };
    try {
      const wb = new OfficeWorkbook();
      expect(await wb.listSheets()).toEqual(["Data"]);
      await wb.addSheet("Out");
      await wb.writeValues("Out", "A1", [["x"]]);
    } finally {
      (globalThis as { Excel?: unknown }).Excel = saved;
    }
    expect(options).toEqual([{ delayForCellEdit: true }, { delayForCellEdit: true }, { delayForCellEdit: true }]);
  });

  it("adds no sheet to a workbook whose structure is protected, saying how to unprotect it, in the same sync as the names (issue 24, item 8)", async () => {
    const excel = mockExcel({ Data: DATA });
    excel.protectedStructure = true;
    await expect(new OfficeWorkbook(excel.run).addSheet("Out")).rejects.toThrow(
      /structure is protected[\s\S]*Review > Protect Workbook/,
    );
    expect(excel.addedSheets).toEqual([]);
    expect(excel.syncs).toBe(1);
  });

  it("deletes a run's sheets in one batch", async () => {
    const excel = mockExcel({ Data: DATA });
    const wb = new OfficeWorkbook(excel.run);
    await wb.deleteSheets(["Volume by type", "Volume by type charts"]);
    expect(excel.deletedSheets).toEqual(["Volume by type", "Volume by type charts"]);
    expect(excel.syncs).toBe(1);
  });

  it("reads the selection and a table, and lists sheets and tables", async () => {
    const excel = mockExcel(
      { Data: DATA },
      { Crimes: { sheet: "Data", address: "A1:C3" } },
      { sheet: "Data", address: "B2:C3" },
    );
    const wb = new OfficeWorkbook(excel.run);
    expect(await wb.readSelection()).toEqual({
      sheet: "Data",
      address: "B2:C3",
      values: [
        ["Burglary", "Newport 001A"],
        ["Robbery", "Torfaen 002B"],
      ],
    });
    expect((await wb.readTable("Crimes")).values).toEqual(DATA);
    expect(await wb.listSheets()).toEqual(["Data"]);
    expect(await wb.listTables()).toEqual([{ name: "Crimes", sheet: "Data", address: "A1:C3" }]);
    expect(await wb.readRange({ sheet: "Data", address: "A2:A3" })).toEqual([["2024-01"], ["2024-02"]]);
  });

  it("reads whole selected columns as the table in them: B:E over three rows reads B1:E3, in two syncs", async () => {
    const excel = mockExcel({ Data: DATA }, {}, { sheet: "Data", address: "B:C" });
    const selected = await new OfficeWorkbook(excel.run).readSelection();
    expect(selected).toEqual({
      sheet: "Data",
      address: "B1:C3",
      values: [
        ["Crime type", "LSOA name"],
        ["Burglary", "Newport 001A"],
        ["Robbery", "Torfaen 002B"],
      ],
    });
    expect(excel.ranges.filter((r) => r.batch > 0).map((r) => r.rect.rows)).toEqual([3]);
    expect(excel.syncs).toBe(2);
  });

  it("reads a selection on an empty sheet as its one blank top-left cell, without reading the rest", async () => {
    const excel = mockExcel({ Data: DATA, Empty: [] }, {}, { sheet: "Empty", address: "C5:D9" });
    expect(await new OfficeWorkbook(excel.run).readSelection()).toEqual({
      sheet: "Empty",
      address: "C5",
      values: [[""]],
    });
    expect(excel.syncs).toBe(1);
  });

  it("adds a sheet under a new name when the name is taken", async () => {
    const excel = mockExcel({ Data: DATA, "Volume by type": [] });
    const wb = new OfficeWorkbook(excel.run);
    expect(await wb.addSheet("Volume by type")).toBe("Volume by type (2)");
    expect(excel.addedSheets).toEqual(["Volume by type (2)"]);
    expect(excel.syncs).toBe(2);
  });

  it("writes a table with one values assignment, calculation suspended, in two syncs", async () => {
    const excel = mockExcel({ Data: DATA });
    const written = await new OfficeWorkbook(excel.run).writeTable("Out", seedTable);
    const layout = tableLayout(seedTable);
    const block = excel.ranges.find((r) => r.rect.rows === layout.values.length && r.rect.columns === 6)!;
    expect(block.mock.values).toEqual(layout.values);
    expect(block.mock.numberFormat).toEqual(layout.numberFormats);
    expect(block.batch).toBe(0);
    expect(excel.suspended).toBe(1);
    expect(excel.syncs).toBe(2);
    expect(written.tableAddress).toBe("A2:F11");
    const valueAssignments = excel.ranges.filter(
      (r) => Array.isArray(r.mock.values) && r.mock.values.length > 1 && r !== block,
    );
    expect(valueAssignments).toHaveLength(0);
  });

  it("formats a table in one pass: header fill, bold totals, indents, merges and widths", async () => {
    const excel = mockExcel({});
    await new OfficeWorkbook(excel.run).writeTable("Out", seedTable);
    const at = (row: number, column: number, rows: number, columns: number) =>
      excel.ranges.filter(
        (r) => r.rect.row === row && r.rect.column === column && r.rect.rows === rows && r.rect.columns === columns,
      );
    expect(at(1, 0, 2, 6).some((r) => r.mock.format.fill.color === "#D9E1F2" && r.mock.format.font.bold === true)).toBe(
      true,
    );
    expect(at(10, 0, 1, 6).some((r) => r.mock.format.font.bold === true)).toBe(true); // "All crime", the total
    expect(at(6, 0, 1, 1).some((r) => r.mock.format.indentLevel === 1)).toBe(true); // "- Robbery"
    expect(at(1, 2, 1, 2).some((r) => r.mock.merged === true)).toBe(true); // "Rolling year" over two columns
    expect(at(0, 0, 1, 1).some((r) => r.mock.format.columnWidth > 0)).toBe(true);
    expect(excel.ranges.every((r) => r.batch <= 1)).toBe(true);
  });

  it("writes strings as text by formatting their cells as Text before the values", async () => {
    const excel = mockExcel({});
    await new OfficeWorkbook(excel.run).writeValues("Out", "B2", [
      ["=cmd|' /C calc'!A0", "+44", "-Robbery", "@sum", 7],
    ]);
    const range = excel.ranges[0];
    expect(range.rect).toEqual({ row: 1, column: 1, rows: 1, columns: 5 });
    expect(range.mock.numberFormat).toEqual([["@", "@", "@", "@", "General"]]);
    expect(range.mock.values).toEqual([["=cmd|' /C calc'!A0", "+44", "-Robbery", "@sum", 7]]);
    expect(excel.syncs).toBe(1);
  });

  it("writes formulas through range.formulas, with other strings as text", async () => {
    const excel = mockExcel({});
    await new OfficeWorkbook(excel.run).writeFormulas("Out", "A1", [["=B1*C1", "High"]]);
    expect(excel.ranges[0].mock.formulas).toEqual([["=B1*C1", "High"]]);
    expect(excel.ranges[0].mock.numberFormat).toEqual([["General", "@"]]);
  });

  it("draws an SPC line chart with a marker-only series for special causes", async () => {
    const excel = mockExcel({});
    await new OfficeWorkbook(excel.run).addLineChart({
      sheet: "SPC",
      title: "Newport, Burglary, Jul 2022 - Dec 2024",
      categories: "A2:A31",
      anchor: "H2",
      series: [
        { name: "Crimes", values: "B2:B31", color: "#1F4E79" },
        { name: "Centre line", values: "C2:C31", color: "#404040" },
        { name: "Upper limit", values: "D2:D31", dashed: true },
        { name: "Special cause", values: "'SPC'!$F$2:$F$31", color: "#C00000", markersOnly: true },
      ],
    });
    const chart = excel.charts[0];
    expect(chart.type).toBe("Line");
    expect(chart.title.text).toBe("Newport, Burglary, Jul 2022 - Dec 2024");
    expect(chart.allSeries.map((s: { name: string }) => s.name)).toEqual([
      "Crimes",
      "Centre line",
      "Upper limit",
      "Special cause",
    ]);
    expect(chart.allSeries[3].values.rect).toEqual({ row: 1, column: 5, rows: 30, columns: 1 });
    expect(chart.allSeries[3].format.line.lineStyle).toBe("None");
    expect(chart.allSeries[3].markerStyle).toBe("Circle");
    expect(chart.allSeries[2].format.line.lineStyle).toBe("Dash");
    expect(chart.allSeries[0].xValues.rect).toEqual({ row: 1, column: 0, rows: 30, columns: 1 });
    expect(chart.position).toEqual(["H2", "O16"]);
    expect(excel.syncs).toBe(1);
  });

  it("adds several charts in one batch: one sync for three charts", async () => {
    const excel = mockExcel({});
    const chart = (title: string, anchor: string) => ({
      sheet: "SPC",
      title,
      categories: "A2:A31",
      anchor,
      series: [{ name: "Crimes", values: "B2:B31" }],
    });
    await new OfficeWorkbook(excel.run).addLineCharts([
      chart("Newport", "A2"),
      chart("Torfaen", "J2"),
      chart("Caerphilly", "A19"),
    ]);
    expect(excel.charts.map((c) => c.title.text)).toEqual(["Newport", "Torfaen", "Caerphilly"]);
    expect(excel.syncs).toBe(1);
  });

  it("adds drop-downs, text fill rules and formats, and activates a sheet, one sync each", async () => {
    const excel = mockExcel({});
    const wb = new OfficeWorkbook(excel.run);
    await wb.addListValidation({ sheet: "M", address: "B2:B5", source: ["High", "Medium", "Low"] });
    await wb.addTextFillRule({ sheet: "M", address: "C2:C5", equals: "High", fill: "#FF0000" });
    await wb.formatRange({ sheet: "M", address: "A1:B1" }, { bold: true, numberFormat: "0.0", columnWidthPoints: 90 });
    await wb.activate("M");
    expect(excel.ranges[0].mock.dataValidation.rule).toEqual({
      list: { inCellDropDown: true, source: "High,Medium,Low" },
    });
    expect(excel.ranges[2].mock.numberFormat).toEqual([["0.0", "0.0"]]);
    expect(excel.ranges[2].mock.format.font.bold).toBe(true);
    expect(excel.activated).toEqual(["M"]);
    expect(excel.syncs).toBe(4);
  });

  describe("where Excel lacks an optional requirement set", () => {
    /** An Excel that answers isSetSupported up to the given ExcelApi version, recording what was asked. */
    const excelApiUpTo =
      (top: number, asked: string[] = []) =>
      (set: string, version: string) => {
        asked.push(`${set} ${version}`);
        return set === "ExcelApi" && Number(version.split(".")[1]) <= Number(String(top).split(".")[1]);
      };

    it("writes the table without indents when ExcelApi 1.9 (RangeFormat.indentLevel) is missing", async () => {
      const asked: string[] = [];
      const excel = mockExcel({});
      await new OfficeWorkbook(excel.run, excelApiUpTo(1.8, asked)).writeTable("Out", seedTable);
      expect(asked).toContain("ExcelApi 1.9");
      expect(excel.ranges.some((r) => r.mock.format.indentLevel === 1)).toBe(false);
      expect(excel.ranges.some((r) => r.mock.format.font.bold === true)).toBe(true); // the rest of the style is there
    });

    it("indents sub-categories where ExcelApi 1.9 is there", async () => {
      const excel = mockExcel({});
      await new OfficeWorkbook(excel.run, excelApiUpTo(1.9)).writeTable("Out", seedTable);
      expect(excel.ranges.some((r) => r.mock.format.indentLevel === 1)).toBe(true);
    });

    it("adds no drop-down, and makes no call, when ExcelApi 1.8 (data validation) is missing", async () => {
      const excel = mockExcel({});
      await new OfficeWorkbook(excel.run, excelApiUpTo(1.7)).addListValidation({
        sheet: "M",
        address: "B2:B5",
        source: ["High", "Low"],
      });
      expect(excel.ranges).toHaveLength(0);
      expect(excel.syncs).toBe(0);
    });
  });

  it("makes as many syncs as the in-memory workbook for the same calls", async () => {
    const script = async (wb: WorkbookPort) => {
      await wb.listSheets();
      await wb.readUsedRange("Data");
      const sheet = await wb.addSheet("Volume by type");
      await wb.writeTable(sheet, seedTable);
      await wb.writeValues(sheet, "H1", [["a", 1]]);
      await wb.activate(sheet);
    };
    const excel = mockExcel({ Data: DATA });
    await script(new OfficeWorkbook(excel.run));
    const memory = new MemoryWorkbook();
    memory.seedSheet("Data", DATA);
    await script(memory);
    expect(memory.syncCount).toBe(excel.syncs);
  });
});
