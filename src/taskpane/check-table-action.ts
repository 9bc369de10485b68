import { wizardText } from "./wizard-fields";
import { checkTable } from "../core/check";
import type { CheckReport } from "../core/check";
import { checkVerdict } from "../core/check";
import { parsePopulationTable, type PopulationTable } from "../core/tables";
import { absoluteReference, formatAddress, parseAddress } from "../excel";
import type { CellValue, RangeRef, WorkbookPort } from "../excel";
import { pointsForCharacters } from "../excel";
import { allOrNothing } from "../excel";
import { defaultPopulation, readLookup } from "./wizard-logic";

/** What "Check a table" did: the range checked, the report, and the sheet it went on. */
export interface CheckOutcome {
  source: RangeRef;
  report: CheckReport;
  sheet: string;
  /** One line for the task pane's status. */
  summary: string;
}

const HEADER = ["Cell", "Row", "Column", "Printed", "Right value", "How it is worked out"];

/**
 * "Check a table" in the task pane: reads the analyst's selected range through the workbook port,
 * checks it (core/check's checkTable, with the workbook's "Population" table or sheet for the rates
 * when there is one), and writes the report on a NEW sheet: what was recognised, then one row per
 * disagreement whose first cell links to the cell at fault (a HYPERLINK formula: one click goes
 * there). The analyst's range is only read, never written.
 *
 * @param workbook the workbook
 * @returns the range checked, the report and the report's sheet
 * @throws Error in plain words when the selection is a single cell or a single row, or holds no figures
 * @example
 * const outcome = await checkSelectedTable(workbook); // outcome.sheet === "Check Table 2.6"
 */
export async function checkSelectedTable(workbook: WorkbookPort): Promise<CheckOutcome> {
  const selection = await workbook.readSelection();
  const where = `${selection.sheet}!${selection.address}`;
  if (selection.values.length < 2)
    throw new Error(
      `The selection (${where}) is one row: select the whole table, its header row included, then press "Check a table" again.`,
    );
  const population = await workbookPopulation(workbook);
  const report = checkTable(selection.values, {
    population: population?.table ?? null,
    name: `The selection ${where}`,
  });
  if (population) report.recognised.push(`Rates were checked against the population on "${population.name}".`);
  const sheet = await allOrNothing(workbook, async (run) => {
    const added = await run.addSheet(`Check ${selection.sheet}`);
    await writeReport(workbook, added, where, selection, report);
    return added;
  });
  const verdict = checkVerdict(report);
  const onSheet =
    report.findings.length === 0
      ? `What was recognised is on "${sheet}".`
      : `The list, with a link to each cell, is on "${sheet}".`;
  const summary = `Checked ${where}: ${verdict.charAt(0).toLowerCase()}${verdict.slice(1)}. ${onSheet}`;
  return { source: { sheet: selection.sheet, address: selection.address }, report, sheet, summary };
}

/** The report's sheet: the verdict, what was recognised, and one linked row per disagreement. */
async function writeReport(
  workbook: WorkbookPort,
  sheet: string,
  where: string,
  selection: RangeRef,
  report: CheckReport,
): Promise<void> {
  const origin = parseAddress(selection.address);
  const verdict = checkVerdict(report);
  const top: CellValue[][] = [
    [`Check of ${where}`],
    [`${verdict}.`],
    [""],
    ["What was recognised"],
    ...report.recognised.map((line) => [wizardText(line)]),
    [""],
  ];
  const headerRow = top.length;
  await workbook.writeValues(sheet, "A1", [...top.map((row) => pad(row)), HEADER]); // the report's top and its list's header row in one write
  await workbook.formatRange({ sheet, address: `A${headerRow + 1}:F${headerRow + 1}` }, { bold: true });
  await workbook.formatRange({ sheet, address: "A1" }, { bold: true });
  if (report.findings.length > 0) {
    const cellOf = (f: CheckReport["findings"][number]) => ({
      row: origin.row + f.row,
      column: origin.column + f.column,
      rows: 1,
      columns: 1,
    });
    const links = report.findings.map((f) => [
      `=HYPERLINK("#${absoluteReference(selection.sheet, cellOf(f)).replace(/"/g, '""')}","${formatAddress(cellOf(f))}")`,
    ]);
    await workbook.writeFormulas(sheet, `A${headerRow + 2}`, links);
    await workbook.writeValues(
      sheet,
      `B${headerRow + 2}`,
      report.findings.map((f) => [f.rowName, f.columnName, f.printed, f.expected, f.working]),
    );
  }
  await workbook.formatRange(
    { sheet, address: `F1:F${headerRow + 1 + report.findings.length}` },
    { columnWidthPoints: pointsForCharacters(60) },
  );
  await workbook.activate(sheet);
}

function pad(row: CellValue[]): CellValue[] {
  return [...row, ...Array.from({ length: Math.max(0, HEADER.length - row.length) }, () => "")];
}

/** The workbook's "Population" table or sheet, read as a population table; null when there is none or it cannot be read as one. */
async function workbookPopulation(workbook: WorkbookPort): Promise<{ name: string; table: PopulationTable } | null> {
  const name = await defaultPopulation(workbook);
  if (name === "") return null;
  try {
    const values = await readLookup(workbook, name);
    return values ? { name, table: parsePopulationTable(values) } : null;
  } catch {
    return null; // a sheet called Population that is not a population table: rates are then not checked, and the report says so
  }
}
