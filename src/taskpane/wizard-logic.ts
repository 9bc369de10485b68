import type { Dataset } from "../core/data";
import { countCube } from "../core/tables";
import type { BuildOptions, ColumnRoles, DataKind, Layout, LayoutGuess } from "../core/detect";
import { buildDataset } from "../core/data";
import { detectLayout } from "../core/detect";
import { cellText } from "../core/cells";
import { CATALOGUE, type RecipeInfo, type RecipeOptions } from "../core/tables";
import { findingsTable } from "../core/findings";
import { keyFindings } from "../core/findings";
import type { TableModel } from "../core/tables";
import type { CellValue, RangeRef, WorkbookPort } from "../excel";
import { chartSheetPlan } from "./chart-sheet-plan";
import { splitReference } from "../excel";
import { allOrNothing, RunUndoneError, type SheetRun } from "../excel";
import { tableLayout } from "../excel";
import { PROTECTED_MESSAGE } from "../excel";
import { writeLiveTable, type LivePlan } from "./live-formulas";
import { SIGNIFICANCE_LEVEL } from "../core/significance";

/**
 * The wizard's logic, without any DOM: reading the source, guessing its layout, working out sensible
 * defaults, making the tables and writing them to new sheets. The task pane's DOM code (wizard-view)
 * only shows this state and calls these functions, so all of it is tested under Jest.
 */

/** Where the data comes from: the selection, an Excel table, or a sheet's used range. */
export type SourceChoice = { kind: "selection" } | { kind: "table"; name: string } | { kind: "sheet"; name: string };

export interface SourceData extends RangeRef {
  values: CellValue[][];
  /** What the source is called in messages and the source line: "Data!A1:D65888". */
  label: string;
}

/** Reports progress: `done` of `total` steps, with what is happening now. */
export type Progress = (done: number, total: number, message: string) => void;

/** Set `cancelled` to stop at the next step; the sheets the run had written are then removed (allOrNothing). */
export interface CancelToken {
  cancelled: boolean;
}

export class CancelledError extends Error {
  constructor() {
    super("Stopped when you pressed Cancel.");
    this.name = "CancelledError";
  }
}

/** The roles the wizard lets the analyst correct, in the order shown. */
export const ROLE_NAMES = ["month", "category", "area", "count", "id"] as const;
export type RoleName = (typeof ROLE_NAMES)[number];
export const ROLE_LABELS: Record<RoleName, string> = {
  month: "Month",
  category: "Crime type (category)",
  area: "Area",
  count: "Count",
  id: "Crime ID",
};
export const LAYOUT_LABELS: Record<Layout, string> = {
  record: "One row per crime",
  long: "One row per month, type and area, with a count",
  wide: "One column per month",
};

/**
 * Reads the chosen source through the workbook port (in chunks, see the port).
 *
 * @param workbook the workbook
 * @param choice the selection, a table or a sheet
 * @returns the values and where they came from
 * @throws Error in plain words when the source is empty
 */
export async function readSource(workbook: WorkbookPort, choice: SourceChoice): Promise<SourceData> {
  const read =
    choice.kind === "selection"
      ? await workbook.readSelection()
      : choice.kind === "table"
        ? await workbook.readTable(choice.name)
        : await workbook.readUsedRange(choice.name);
  const filled = read.values.some((row) => row.some((v) => v !== ""));
  if (!filled || read.values.length < 2) {
    throw new Error(
      `${describe(choice)} has no data rows. Select the data (header row included), or choose a table or sheet that holds it.`,
    );
  }
  const label = choice.kind === "table" ? `table ${choice.name}` : `${read.sheet}!${read.address}`;
  return { ...read, label };
}

function describe(choice: SourceChoice): string {
  return choice.kind === "selection"
    ? "The selection"
    : choice.kind === "table"
      ? `The table "${choice.name}"`
      : `The sheet "${choice.name}"`;
}

/** The first rows to preview: the header and up to `rows` rows after it, each cell as text. */
export function previewRows(values: CellValue[][], rows = 8): string[][] {
  return values.slice(0, rows + 1).map((row) => row.map((v) => cellText(v)));
}

/** The header row's texts (from the layout guess), for the role drop-downs. */
export function headerNames(values: CellValue[][], guess: LayoutGuess): string[] {
  return (values[guess.headerRow] ?? []).map((v, i) => cellText(v) || `Column ${i + 1}`);
}

/**
 * Guesses the layout and column roles of the source (ingestion's `detectLayout`).
 *
 * @param values the source's values
 * @returns the guess, which the analyst may correct
 */
export function guessLayout(values: CellValue[][]): LayoutGuess {
  return detectLayout(values);
}

/**
 * Builds the Dataset from the source with the layout and roles the analyst confirmed.
 *
 * @param source the source
 * @param layout the layout the analyst chose, or undefined for the detected one: core then still
 *   refuses the readings it would only guess (a 0/1 column that may be the count or a flag)
 * @param roles the column roles
 * @param kind what the rows count, when the analyst changed it (default: as detected)
 * @param keepLsoas keep LSOAs (name and code) as the areas, for ward and LSOA tables
 * @param answer the options the analyst's answer to a question sets (`choiceOptions`), over the others
 * @returns the Dataset
 * @throws the ingestion's InputError, naming the row and value at fault (with its readings to choose, if any)
 */
export function datasetFrom(
  source: SourceData,
  layout: Layout | undefined,
  roles: ColumnRoles,
  kind?: DataKind,
  keepLsoas = false,
  answer: Partial<BuildOptions> = {},
): Dataset {
  const rows = source.values as unknown[][];
  return buildDataset(
    { name: source.label, values: rows },
    { ...(layout ? { layout } : {}), roles, keepLsoas, ...(kind ? { kind } : {}), ...answer },
  );
}

/**
 * The layout to read with: the analyst's, or undefined when it is the detected one, so a layout left as
 * guessed is not taken for the analyst's choice (which would silence core's refusals of a guess).
 *
 * @param guess the layout guess
 * @param chosen the layout in the Layout field
 * @returns the chosen layout, or undefined when it is the guess's
 * @example
 * chosenLayout(detectLayout(rows), "record"); // => undefined when the guess was record
 */
export function chosenLayout(guess: LayoutGuess, chosen: Layout): Layout | undefined {
  return chosen === guess.layout ? undefined : chosen;
}

/** What the data holds, for the defaults and drop-downs of step 2. */
export interface DataFacts {
  /** Month indices with their record counts, in order. */
  months: { month: number; count: number }[];
  latestComplete: number;
  /** Areas, most records first. */
  areas: string[];
  categories: string[];
}

/**
 * Counts months, areas and categories of a Dataset: the totals are read from core `countCube`, which
 * is memoised per Dataset, so the recipes made next from the same Dataset reuse it rather than this
 * counting the records again. The months offered are those with a record, a month whose counts are all
 * 0 included (long rows may say 0 and it is still a month of the data); a month of the span without
 * any record is not offered.
 *
 * Missing values: a NaN count adds nothing, as in the cube.
 *
 * @param dataset the Dataset
 * @returns the facts
 * @throws Error when the data has no records; the cube's RangeError when it would be too large
 */
export function dataFacts(dataset: Dataset): DataFacts {
  if (dataset.length === 0)
    throw new Error("No rows of the source became records: check the column roles, then try again.");
  const cube = countCube(dataset);
  const { firstMonth, monthCount, counts } = cube;
  const seen = new Uint8Array(monthCount);
  for (let i = 0; i < dataset.length; i++) seen[dataset.month[i] - firstMonth] = 1;
  // Summed over the cube's runs of months (one per area and category), not a Map, as this runs on a force's year.
  const byMonth = new Float64Array(monthCount);
  const byArea = new Float64Array(cube.areas.length);
  const runs = cube.areas.length * cube.categories.length;
  for (let run = 0; run < runs; run++) {
    const area = Math.floor(run / cube.categories.length);
    for (let k = 0, cell = run * monthCount; k < monthCount; k++, cell++) {
      byMonth[k] += counts[cell];
      byArea[area] += counts[cell];
    }
  }
  const months: { month: number; count: number }[] = [];
  seen.forEach((s, k) => void (s && months.push({ month: firstMonth + k, count: byMonth[k] })));
  const areas = dataset.areas
    .map((name, i) => ({ name, n: byArea[i] }))
    .filter((a) => a.n > 0)
    .sort((a, b) => b.n - a.n || a.name.localeCompare(b.name))
    .map((a) => a.name);
  return { months, latestComplete: latestCompleteMonth(months), areas, categories: [...dataset.categories].sort() };
}

/**
 * The latest complete month: the last month of the data, unless it holds less than half the median
 * of the twelve months before it, which is how a month still being recorded (or a part-month extract)
 * looks; then the month before. (A genuinely low month, such as Kent's December 2018, is only
 * skipped when it is the last one, and the analyst can pick it.)
 *
 * @param months months with their counts, in order
 * @returns the month index
 */
export function latestCompleteMonth(months: { month: number; count: number }[]): number {
  const last = months[months.length - 1];
  const before = months
    .slice(-13, -1)
    .map((m) => m.count)
    .sort((a, b) => a - b);
  if (before.length < 3) return last.month;
  const median =
    before.length % 2
      ? before[(before.length - 1) / 2]
      : (before[before.length / 2 - 1] + before[before.length / 2]) / 2;
  return last.count < median / 2 ? months[months.length - 2].month : last.month;
}

/** The step 2 parameters with their defaults. */
export interface TableParameters {
  endMonth: number;
  area: string;
  category: string;
  years: 2 | 3;
  /** A table name or an address such as "Population!A1:C20", or "" for none. */
  population: string;
  divisions: string;
  /** Add the "Significant change" column (exact test for two Poisson counts, 5% level) where it applies. */
  significance?: boolean;
}

/**
 * Sensible defaults: the latest complete month, the area with most records, all crime, two years.
 *
 * @param facts the data's facts
 * @returns the parameters
 */
export function defaultParameters(facts: DataFacts): TableParameters {
  return {
    endMonth: facts.latestComplete,
    area: facts.areas[0] ?? "",
    category: "All crime",
    years: 2,
    population: "",
    divisions: "",
  };
}

/** The recipes the wizard offers: every recipe of the catalogue, as the command-line tool does. */
export function offeredRecipes(): RecipeInfo[] {
  return [...CATALOGUE];
}

/**
 * The recipes to run: the ticked ones, or every standard one.
 *
 * @param ids the ticked recipe ids
 * @param allStandard true for "all standard tables"
 * @returns the recipes, in catalogue order
 * @throws Error when nothing is chosen
 */
export function chosenRecipes(ids: readonly string[], allStandard: boolean): RecipeInfo[] {
  const chosen = offeredRecipes().filter((r) => (allStandard ? r.standard : ids.includes(r.id)));
  if (chosen.length === 0) throw new Error('Choose at least one table, or tick "All standard tables".');
  return chosen;
}

/**
 * Reads a population or division table the analyst pointed at: a table name, a sheet name (its used
 * range), or an address with its sheet ("Population!A1:C20"). A table wins over a sheet of the same
 * name, as Excel's own name lookup would have it; names are matched ignoring case, as Excel does.
 *
 * @param workbook the workbook
 * @param where the name or address; "" for none
 * @returns the values, or null for none
 * @throws Error in plain words when it cannot be found
 */
export async function readLookup(workbook: WorkbookPort, where: string): Promise<CellValue[][] | null> {
  const text = where.trim();
  if (text === "") return null;
  if (text.lastIndexOf("!") > 0) return workbook.readRange(splitReference(text, ""));
  const found = await findNamed(workbook, text);
  if (!found)
    throw new Error(
      `There is no table or sheet called "${text}". Give a table's name, a sheet's name or an address such as Population!A1:C20.`,
    );
  return (found.kind === "table" ? await workbook.readTable(found.name) : await workbook.readUsedRange(found.name))
    .values;
}

/** The table, or else the sheet, called `name` (any case), with its name as the workbook spells it. */
async function findNamed(
  workbook: WorkbookPort,
  name: string,
): Promise<{ kind: "table" | "sheet"; name: string } | null> {
  const key = name.toLowerCase();
  const table = (await workbook.listTables()).find((t) => t.name.toLowerCase() === key);
  if (table) return { kind: "table", name: table.name };
  const sheet = (await workbook.listSheets()).find((s) => s.toLowerCase() === key);
  return sheet === undefined ? null : { kind: "sheet", name: sheet };
}

/** The name the wizard looks for to preselect the population table. */
const POPULATION_NAME = "Population";

/**
 * The population field's default: a table called "Population", or else a sheet called "Population"
 * (any case), so that a workbook laid out the usual way gets the rate table without typing; "" when
 * there is neither (the analyst may still type a name or an address).
 *
 * @param workbook the workbook
 * @returns the table's or sheet's name as the workbook spells it, or ""
 * @throws nothing of its own; the workbook's errors pass through
 * @example
 * await defaultPopulation(workbook); // => "Population"
 */
export async function defaultPopulation(workbook: WorkbookPort): Promise<string> {
  return (await findNamed(workbook, POPULATION_NAME))?.name ?? "";
}

/** The level of the wizard's "Mark statistically significant changes" check box. */
export { SIGNIFICANCE_LEVEL };

/**
 * The tables made, followed by the "Key findings" table of their findings (one finding per row, naming
 * its source table) when they have any, so the wizard writes it to its own sheet like any table.
 *
 * @param tables the tables made, in order
 * @param options the recipe options they were made with (area of interest, significance level)
 * @returns the tables, with the Key findings table last when there are findings
 * @example
 * await writeOutputs(workbook, withKeyFindings(tables, options), progress, cancel);
 */
export function withKeyFindings(tables: TableModel[], options: RecipeOptions): TableModel[] {
  const level = options.significance ?? SIGNIFICANCE_LEVEL;
  const sheet = findingsTable(keyFindings(tables, { area: options.area ?? null, significance: level }), level);
  return sheet ? [...tables, sheet] : tables;
}

/** A table made, or the reason a recipe could not run. */
export type TableResult = { recipe: RecipeInfo; table: TableModel } | { recipe: RecipeInfo; error: string };

/**
 * Makes the tables, one recipe at a time, reporting progress and stopping when cancelled. A recipe
 * that fails does not stop the others: its error is kept, in plain words, for the Output step.
 *
 * @param dataset the data
 * @param recipes the recipes
 * @param options their options
 * @param progress progress callback
 * @param cancel the cancel token
 * @returns one result per recipe
 * @throws CancelledError when cancelled
 */
export async function makeTables(
  dataset: Dataset,
  recipes: RecipeInfo[],
  options: RecipeOptions,
  progress: Progress,
  cancel: CancelToken,
): Promise<TableResult[]> {
  const results: TableResult[] = [];
  for (const [i, recipe] of recipes.entries()) {
    if (cancel.cancelled) throw new CancelledError();
    progress(i, recipes.length, `Making "${recipe.title}"`);
    await new Promise((resolve) => setTimeout(resolve, 0)); // let the page show progress and Cancel
    try {
      results.push({ recipe, table: recipe.run(dataset, options) });
    } catch (error) {
      results.push({ recipe, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return results;
}

/** Where a table landed. */
export interface WrittenOutput {
  table: TableModel;
  sheet: string;
  chartSheet?: string;
  /** With the live-formulas choice: the formula written, or why the table was written as values (live-formulas.ts). */
  live?: LivePlan;
}

/**
 * Writes each table to a new sheet in the house style; a table with SPC series also gets a chart sheet
 * with one line chart per series (small multiples). The user's own sheets are never touched. The tables
 * are all made before this is called; the writing is all or nothing: if a write fails or the analyst
 * cancels, the sheets this call had added are removed (`allOrNothing`).
 *
 * @param workbook the workbook
 * @param tables the tables
 * @param progress progress callback
 * @param cancel the cancel token
 * @param live with the live-formulas choice, each table's live formula or why it has none (`liveFormula`)
 * @returns where each table went
 * @throws CancelledError when cancelled before any sheet was added; RunUndoneError when a write failed or
 *   the analyst cancelled after sheets were added (they are removed)
 */
export async function writeOutputs(
  workbook: WorkbookPort,
  tables: TableModel[],
  progress: Progress,
  cancel: CancelToken,
  live?: (table: TableModel) => LivePlan | null,
): Promise<WrittenOutput[]> {
  for (const table of tables) tableLayout(table); // every table laid out before the first sheet is added: one that cannot be stops the run before it writes
  return allOrNothing(workbook, async (run) => {
    const written: WrittenOutput[] = [];
    for (const [i, table] of tables.entries()) {
      if (cancel.cancelled) throw new CancelledError();
      progress(i, tables.length, `Writing "${table.title}"`);
      const sheet = await run.addSheet(table.sheetName);
      const plan = live?.(table);
      if (plan && "formula" in plan) await writeLiveTable(workbook, sheet, table, plan.formula);
      else await workbook.writeTable(sheet, table);
      const output: WrittenOutput = { table, sheet, ...(plan ? { live: plan } : {}) };
      if (table.charts && table.charts.length > 0) output.chartSheet = await writeCharts(workbook, run, table);
      written.push(output);
    }
    if (written.length > 0) await workbook.activate(written[0].chartSheet ?? written[0].sheet);
    progress(tables.length, tables.length, "Done");
    return written;
  });
}

/** The chart sheet of an SPC table: title, charts, and the chart data under them. */
async function writeCharts(workbook: WorkbookPort, run: SheetRun, table: TableModel): Promise<string> {
  const sheet = await run.addSheet(`${table.sheetName} charts`);
  const plan = chartSheetPlan(sheet, table.title, table.charts ?? []);
  await workbook.writeValues(sheet, "A1", plan.title);
  await workbook.writeValues(sheet, plan.dataTopLeft, plan.data);
  await workbook.formatRange({ sheet, address: plan.monthAddress }, { numberFormat: "mmm yyyy" });
  await workbook.addLineCharts(plan.charts);
  return sheet;
}

/**
 * Which table made is on a sheet: the one written to that sheet or whose charts are on it, so the
 * Output step can preselect the table the analyst is looking at in Excel. Sheet names are matched
 * ignoring case, as Excel does.
 *
 * @param written where each table went, in the order made
 * @param sheet the active sheet's name
 * @returns the table's position in `written`, or -1 when the sheet holds none of them
 * @example
 * tableOnSheet([{ table, sheet: "Volume", chartSheet: "Volume charts" }], "Volume charts"); // => 0
 */
export function tableOnSheet(written: readonly WrittenOutput[], sheet: string): number {
  const key = sheet.toLowerCase();
  return written.findIndex((w) => w.sheet.toLowerCase() === key || w.chartSheet?.toLowerCase() === key);
}

/**
 * A message that says what went wrong and what to do, for any error the wizard meets.
 *
 * @param stage what was being done, such as "reading the data"
 * @param error the error
 * @returns the message
 */
export function plainError(stage: string, error: unknown): string {
  if (error instanceof RunUndoneError) {
    return error.cause instanceof CancelledError
      ? `${error.cause.message} ${error.sheetsNote}`
      : `${plainError(stage, error.cause)} ${error.sheetsNote}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof CancelledError || message === PROTECTED_MESSAGE) return message; // already says what to do
  if (code === "InvalidOperationInCellEditMode" || /InvalidOperationInCellEditMode/.test(message)) {
    return `Excel could not go on ${stage} while a cell is being edited. Press Enter (or Esc) to finish with the cell, then try again.`;
  }
  if (/RequestPayloadSizeLimitExceeded|payload/i.test(message)) {
    return `Excel could not send the data while ${stage}: the request was too large. Select fewer rows or columns and try again.`;
  }
  return `Something went wrong while ${stage}: ${message}`;
}
