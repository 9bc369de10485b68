import { optionRef } from "..";
import type { Dataset } from "../data";
import { InputError, NotAvailableError, OptionError } from "..";
import { periodsHeld } from "./periods-held";
import { financialYear, type FinancialYear } from "../periods";
import { monthLabel } from "../periods";
import { cellText } from "../cells";
import { countCube } from "./count-cube";
import { counted } from "./counted";
import { cubeSum } from "./cube-sum";
import { findColumn } from "./find-column";
import { nameKey } from "./name-key";
import { resolveArea } from "./resolve-area";
import { resolveEndMonth } from "./resolve-end-month";
import { sheetName } from "../house-style";
import { sourceLine } from "../house-style";
import type { HeaderCell, TableCell, TableModel, TableRow } from "./table-model";
import { TableNotes } from "./table-notes";

export interface CategoryByYearOptions {
  /** The area; every area when omitted. */
  area?: string | null;
  /** The month the last year ends in (its year is the last column); the latest month when omitted. */
  endMonth?: number | null;
  /** Number of years across, 1 to 10 (default 2, as seed 4.2). */
  years?: number | null;
  /** The month number years start in (default 1: calendar years "2017"; 4 gives "2017/18"). */
  startMonth?: number | null;
  /** Codes and descriptions (header row first: "Code", "Description"); a category matches its code
   * or its description. Without it, rows are labelled by category name alone. */
  codes?: readonly (readonly unknown[])[] | null;
}

/**
 * Recipe `category-by-year` (seed table 4.2, statutory nuisance): every category of the data (anti-social
 * behaviour included: this table counts cases of every kind) by year, with a total row. With a codes
 * table, rows show the code and its description and follow the table's order; categories the table
 * does not list follow, by name. A year the data cover only in part is marked in its header with a note.
 *
 * Missing values: months inside the data without records count 0; a year outside the data is N/A
 * and is marked as a part year covering no months. When anti-social behaviour is among the
 * categories, a note says the Total includes it, unlike All crime in the other tables.
 *
 * @param dataset the records or counts
 * @param options area, end month, number of years, first month of the year, codes table
 * @returns the table
 * @throws {InputError} when `years` is not 1 to 10, or a codes table row has a blank code
 * @throws {NotAvailableError} when the area or end month is not in the data
 * @example
 * categoryByYear(nuisance, { codes: nuisanceCodes }); // Code, Description, 2016, 2017, then the total
 */
export function categoryByYear(dataset: Dataset, options: CategoryByYearOptions = {}): TableModel {
  const cube = countCube(dataset);
  const area = resolveArea(cube, options.area);
  const start = options.startMonth ?? (cube.periodUnit === "month" ? 1 : cube.yearStart);
  if (cube.periodUnit !== "month" && (start - cube.yearStart) % (cube.periodUnit === "year" ? 12 : 3) !== 0) {
    throw new NotAvailableError(
      `The data hold ${periodsHeld(cube)}, which cannot be added up into years starting in month ${start}; leave out ${optionRef("startMonth")} or give ${cube.yearStart}.`,
    );
  }
  const endMonth = resolveEndMonth(cube, options.endMonth);
  const count = options.years ?? 2;
  if (!Number.isInteger(count) || count < 1 || count > 10)
    throw new OptionError(`The number of years must be 1 to 10, not ${count}.`);
  const last = financialYear(endMonth, start);
  const years: FinancialYear[] = [];
  for (let k = count - 1; k >= 0; k--) years.push(financialYear(last.startIndex - 12 * k, start));
  const notes = new TableNotes();
  const codes = options.codes ? readCodes(options.codes) : null;
  const lines = codeLines(cube.categories, codes);
  // A year the data do not reach at all has no count: N/A, not 0 (its header says it covers no months).
  const covered = (y: FinancialYear) => y.endIndex >= cube.firstMonth && y.startIndex <= cube.lastMonth;
  const sum = (categories: number[], y: FinancialYear): TableCell =>
    covered(y)
      ? { kind: "count", value: cubeSum(cube, { areas: area.indices, categories, months: [y.startIndex, y.endIndex] }) }
      : { kind: "count", value: null };
  const rows: TableRow[] = lines.map((l) => ({
    level: 0,
    kind: "data",
    cells: [...labelCells(l, codes !== null), ...years.map((y) => sum(l.categories, y))],
  }));
  const all = cube.categories.map((_, i) => i);
  rows.push({
    level: 0,
    kind: "total",
    cells: [
      ...labelCells({ code: "Total", description: "", categories: all }, codes !== null),
      ...years.map((y) => sum(all, y)),
    ],
  });
  // Only crime tables leave categories out of their total (anti-social behaviour from All crime).
  const what = counted(cube);
  if (what.totalIndices.length < all.length) {
    notes.add(
      `The Total counts every category, anti-social behaviour included; the ${what.total} of the other tables leaves it out.`,
    );
  }
  // Titled in the data's own noun (issue 22 item 5): "Crimes", or "Crimes and incidents" with anti-social behaviour.
  const noun = what.totalIndices.length < all.length ? `${what.noun} and incidents` : what.noun;
  const named = noun.charAt(0).toUpperCase() + noun.slice(1);
  const corner: HeaderCell[] = codes ? [{ text: "Code" }, { text: "Description" }] : [{ text: "Category" }];
  return {
    recipe: "category-by-year",
    title: `${named} by type and year, ${area.label}`,
    sheetName: sheetName(`By year ${area.label}`),
    headerRows: [
      [...corner, ...years.map((y) => ({ text: y.label + partMarker(y, cube.firstMonth, cube.lastMonth, notes) }))],
    ],
    rows,
    notes: notes.list(),
    source: sourceLine(dataset),
    dropped: dataset.dropped,
    subject: { area: area.label, category: named, noun },
  };
}

interface CodeLine {
  code: string;
  description: string;
  categories: number[];
}

function readCodes(matrix: readonly (readonly unknown[])[]): { code: string; description: string }[] {
  const table = "The codes table";
  if (matrix.length === 0)
    throw new InputError(`${table} is empty; it needs a header row with "Code" and "Description".`);
  const codeCol = findColumn(matrix[0], ["Code"], table);
  const descCol = findColumn(matrix[0], ["Description", "Category", "Name"], table);
  const codes: { code: string; description: string }[] = [];
  for (let r = 1; r < matrix.length; r++) {
    const code = cellText(matrix[r][codeCol]);
    const description = cellText(matrix[r][descCol]);
    if (code === "" && description === "") continue;
    if (code === "") throw new InputError(`${table}, row ${r + 1}: the code is blank (description "${description}").`);
    codes.push({ code, description });
  }
  return codes;
}

/** One line per code (matching a category by code or description), then unlisted categories by name. */
function codeLines(categories: readonly string[], codes: { code: string; description: string }[] | null): CodeLine[] {
  const used = new Set<number>();
  const lines: CodeLine[] = [];
  for (const c of codes ?? []) {
    const matched = categories
      .map((name, i) => (nameKey(name) === nameKey(c.code) || nameKey(name) === nameKey(c.description) ? i : -1))
      .filter((i) => i >= 0 && !used.has(i));
    matched.forEach((i) => used.add(i));
    lines.push({ ...c, categories: matched });
  }
  const rest = categories.map((_, i) => i).filter((i) => !used.has(i));
  rest.sort((a, b) => categories[a].localeCompare(categories[b]));
  for (const i of rest) lines.push({ code: categories[i], description: codes ? "" : categories[i], categories: [i] });
  return lines;
}

function labelCells(line: CodeLine, withCodes: boolean): TableCell[] {
  return withCodes
    ? [
        { kind: "text", value: line.code },
        { kind: "text", value: line.description },
      ]
    : [{ kind: "text", value: line.code }];
}

function partMarker(year: FinancialYear, firstMonth: number, lastMonth: number, notes: TableNotes): string {
  const first = Math.max(year.startIndex, firstMonth);
  const last = Math.min(year.endIndex, lastMonth);
  if (first === year.startIndex && last === year.endIndex) return "";
  const covered = first > last ? "no months" : `${monthLabel(first)} to ${monthLabel(last)} only`;
  return notes.mark(`${year.label} is a part year in the data: ${covered}.`);
}
