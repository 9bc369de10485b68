/**
 * A run that adds sheets is all or nothing (issue 24, item 5), tested through the in-memory port with an
 * injected failure: the tables, the MoRiLE matrix and the Check a table report.
 */
import { MemoryWorkbook } from "../../src/excel/memory-workbook";
import { allOrNothing, RunUndoneError } from "../../src/excel/sheet-run";
import { createMorileMatrix } from "../../src/excel/morile-matrix";
import { CancelledError, plainError, writeOutputs } from "../../src/taskpane/wizard-logic";
import { checkSelectedTable } from "../../src/taskpane/check-table-action";
import { PROTECTED_MESSAGE } from "../../src/excel/protected-message";
import type { TableModel } from "../../src/core/tables/table-model";
import { volumeByType } from "../export/seed-tables";

const noProgress = () => undefined;
const cellEditError = () =>
  Object.assign(new Error("The operation failed because Excel is in cell-edit mode."), {
    code: "InvalidOperationInCellEditMode",
  });

/** A workbook holding the analyst's sheet, whose syncs fail from the `n`th (0-based) on. */
function failingFrom(n: number): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.seedSheet("Data", [
    ["Month", "Count"],
    ["2024-01", 5],
  ]);
  wb.failBeforeSync = (count) => {
    if (count >= n && wb.failBeforeSync) {
      wb.failBeforeSync = undefined; // Excel answers again once the analyst leaves the cell
      throw cellEditError();
    }
  };
  return wb;
}

function tables(): TableModel[] {
  return [
    volumeByType(),
    { ...volumeByType(), title: "Second table", sheetName: "Second" },
    { ...volumeByType(), title: "Third table", sheetName: "Third" },
  ];
}

describe("a run of the toolkit that adds sheets", () => {
  it("removes the sheets a set of tables had added when a write fails part way, and says so plainly", async () => {
    const wb = failingFrom(7); // after the first table's sheet and values, during the second's
    const error = await writeOutputs(wb, tables(), noProgress, { cancelled: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RunUndoneError);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Data"]);
    expect((error as RunUndoneError).removed.length).toBeGreaterThanOrEqual(1);
    expect(plainError("writing the tables", error)).toBe(
      "Excel could not go on writing the tables while a cell is being edited. Press Enter (or Esc) to finish with the cell, then try again. " +
        `The ${(error as RunUndoneError).removed.length} sheets this run had added (${(error as RunUndoneError).removed.map((s) => `"${s}"`).join(", ")}) were removed, so nothing is half written.`,
    );
  });

  it("removes them too when the analyst cancels part way", async () => {
    const wb = new MemoryWorkbook();
    wb.seedSheet("Data", [["x"]]);
    const token = { cancelled: false };
    const progress = (done: number) => {
      if (done === 0) token.cancelled = true;
    }; // pressed while the first table is written
    const error = await writeOutputs(wb, tables(), progress, token).catch((e: unknown) => e);
    expect((error as RunUndoneError).cause).toBeInstanceOf(CancelledError);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Data"]);
    expect(plainError("making the tables", error)).toMatch(
      /^Stopped when you pressed Cancel\. The 1 sheet this run had added \("Volume by type"\) was removed/,
    );
  });

  it("lays out every table before it adds a sheet: a table that cannot be written stops the run with nothing written", async () => {
    const wb = new MemoryWorkbook();
    const broken: TableModel = {
      ...volumeByType(),
      title: "Broken",
      sheetName: "Broken",
      headerRows: [[{ text: "One", span: 2 }]],
    };
    await expect(writeOutputs(wb, [volumeByType(), broken], noProgress, { cancelled: false })).rejects.toThrow(
      /Header row 1 of "Broken" covers 2 columns/,
    );
    expect(wb.sheets).toEqual([]);
    expect(wb.syncCount).toBe(0);
  });

  it("removes a MoRiLE matrix's three sheets when one of its writes fails", async () => {
    const wb = failingFrom(10);
    await expect(createMorileMatrix(wb)).rejects.toThrow(
      /The 3 sheets this run had added \("MoRiLE profile", "MoRiLE matrix", "MoRiLE priorities"\) were removed/,
    );
    expect(wb.sheets.map((s) => s.name)).toEqual(["Data"]);
  });

  it("removes the Check a table report's sheet when its writing fails", async () => {
    const wb = new MemoryWorkbook();
    wb.seedSheet("Table", [
      ["Type", "2017", "2018"],
      ["Burglary", 5, 7],
      ["Robbery", 1, 2],
    ]);
    wb.select("Table", "A1:C3");
    let failed = false; // once, on the first sync after the report's sheet is added
    wb.failBeforeSync = () => {
      if (failed || !wb.sheets.some((s) => s.name === "Check Table")) return;
      failed = true;
      throw cellEditError();
    };
    await expect(checkSelectedTable(wb)).rejects.toThrow(/\("Check Table"\) was removed/);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Table"]);
  });

  it("says which sheets are left when they cannot be removed either", async () => {
    const wb = new MemoryWorkbook();
    const error = await allOrNothing(wb, async (run) => {
      await run.addSheet("Half");
      wb.failBeforeSync = () => {
        throw new Error("Excel stopped answering.");
      };
      throw new Error("The write failed.");
    }).catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      'The write failed. The sheet this run had added could not be removed: delete "Half" before trying again.',
    );
  });
});

describe("a protected workbook (issue 24, item 8)", () => {
  it("gets no new sheet and a plain message saying how to unprotect it, before anything is written", async () => {
    const wb = new MemoryWorkbook();
    wb.seedSheet("Data", [
      ["Month", "Count"],
      ["2024-01", 5],
    ]);
    wb.structureProtected = true;
    await expect(writeOutputs(wb, tables(), noProgress, { cancelled: false })).rejects.toThrow(PROTECTED_MESSAGE);
    await expect(createMorileMatrix(wb)).rejects.toThrow(/Review > Protect Workbook/);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Data"]);
    expect(plainError("making the tables", new Error(PROTECTED_MESSAGE))).toBe(PROTECTED_MESSAGE);
  });
});
