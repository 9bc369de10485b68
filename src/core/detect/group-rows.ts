import type { ColumnRoles } from "./ingest-types";
import { cellText } from "../cells";
import { TOTAL_LABEL } from "./value-columns";
import { InputError } from "..";

/** How far below a row its parts may run. */
const MOST_PARTS = 60;
/** A group row is told by its sums only when they are telling: this many filled periods, and this large a sum. */
const FEWEST_PERIODS = 3;
const SMALLEST_SUM = 10;

/**
 * Finds the group or subtotal rows of a table of counts with a category column and count columns (one
 * per period, one per area, or the count of long rows): a row whose counts equal, column by column, the sums of
 * the rows just below it (two or more, in the same area or period), as official tables put "Theft
 * offences" above its offences. Rows are tried from the bottom up, so nested groups ("Victim-based
 * crime" over "Theft offences" over its offences) are each found, and a group's parts never include
 * another group. Adding a group row to its parts would count its crimes twice.
 *
 * Rows found are judged by their labels (see groupsByLabel): a label that is not a sum in every row of it
 * with counts is a category; one that matches with little evidence (fewer than three filled cells, sums
 * below 10, or never two parts with counts, where a category may equal others by chance) is neither
 * dropped nor counted: the reading is refused, naming the row and the rows it equals, because either
 * guess could be a wrong number. Long rows (one count column) are judged the same way, over their periods.
 *
 * Missing values: blank cells count 0; blank rows and total rows ("Total", "All crime") are never parts.
 *
 * @param values the matrix, header included
 * @param headerRow the header's 0-based row
 * @param roles the roles (category, and the month or area telling blocks apart)
 * @param columns the count columns
 * @param name the input's name, for messages
 * @param firstRowNumber the spreadsheet row of `values[0]`
 * @returns each group row's index with the first and last row numbers of its parts
 * @throws {InputError} for a row that equals the sum of the rows below it with too little evidence to say it is a group
 * @example
 * groupRows([["Type", "Jan", "Feb", "Mar"], ["Theft", 9, 9, 9], ["Shoplifting", 4, 5, 6], ["Bicycle", 5, 4, 3]], 0, { category: 0 }, [1, 2, 3], "t.csv", 1);
 * // => Map { 1 => [3, 4] }
 */
export function groupRows(
  values: unknown[][],
  headerRow: number,
  roles: ColumnRoles,
  columns: number[],
  name: string,
  firstRowNumber: number,
): Map<number, [number, number]> {
  if (roles.category === undefined || columns.length === 0) return new Map();
  const category = roles.category;
  const rowsOfLabel = new Map<string, number[]>();
  for (let r = headerRow + 1; r < values.length; r++) {
    const key = cellText((values[r] ?? [])[category]).toLowerCase();
    const rows = rowsOfLabel.get(key);
    if (rows) rows.push(r);
    else rowsOfLabel.set(key, [r]);
  }
  const table: Table = { values, headerRow, category, columns, name, firstRowNumber, rowsOfLabel, vectors: new Map() };
  // A row that equals the rows below it by chance is no group, and must not hide a group above it from
  // its parts, so the rows judged chance are scanned again as parts until nothing changes.
  const chance = new Set<number>();
  for (;;) {
    const found = scanGroups(table, roles, chance);
    const kept = groupsByLabel(table, found, chance);
    const rejected = [...found.keys()].filter((r) => !kept.has(r) && !chance.has(r));
    if (rejected.length === 0) return kept;
    for (const r of rejected) chance.add(r);
  }
}

interface Table {
  values: unknown[][];
  /** Each label's rows (lower case), found once: the judging is repeated until nothing changes. */
  rowsOfLabel: Map<string, number[]>;
  /** Each row's counts as read, read once. */
  vectors: Map<number, number[] | undefined>;
  headerRow: number;
  category: number;
  columns: number[];
  name: string;
  firstRowNumber: number;
}

/** A row's counts in the count columns (blank 0), or undefined when one is not a count. */
function vectorOf(table: Table, r: number): number[] | undefined {
  if (table.vectors.has(r)) return table.vectors.get(r);
  const row = table.values[r] ?? [];
  const v = table.columns.map((c) => (cellText(row[c]) === "" ? 0 : Number(cellText(row[c]).replace(/,/g, ""))));
  const counts = v.every((n) => Number.isInteger(n) && n >= 0) ? v : undefined;
  table.vectors.set(r, counts);
  return counts;
}

/**
 * The rows whose counts equal, column by column, the sums of the rows just below them (two or more, in
 * the same period or area), with their parts; a row in `chance` is a part of the rows above it even when
 * it is such a sum itself.
 */
function scanGroups(table: Table, roles: ColumnRoles, chance: Set<number>): Map<number, [number, number]> {
  const { values, headerRow, category, firstRowNumber } = table;
  const groups = new Map<number, [number, number]>();
  const block = (row: unknown[]): string =>
    [roles.month, roles.year, roles.area].map((c) => (c === undefined ? "" : cellText(row[c]))).join("\u0000");
  const part = (r: number): boolean => {
    const row = values[r] ?? [];
    return !row.every((cell) => cellText(cell) === "") && !TOTAL_LABEL.test(cellText(row[category]));
  };
  for (let r = values.length - 2; r > headerRow; r--) {
    if (!part(r)) continue;
    const own = vectorOf(table, r);
    if (!own || own.every((n) => n === 0)) continue;
    const sums = own.map(() => 0);
    let taken = 0;
    for (
      let below = r + 1;
      below < values.length && below <= r + MOST_PARTS && part(below) && block(values[below]) === block(values[r]);
      below++
    ) {
      if (groups.has(below) && !chance.has(below)) continue;
      const v = vectorOf(table, below);
      if (!v) break;
      v.forEach((n, i) => (sums[i] += n));
      taken++;
      if (sums.some((s, i) => s > own[i])) break;
      if (taken < 2 || sums.some((s, i) => s !== own[i])) continue;
      groups.set(r, [r + 1 + firstRowNumber, below + firstRowNumber]);
      break;
    }
  }
  return groups;
}

/**
 * Judges the rows found by their labels, as one row equalling the sum of the rows below it is often
 * chance (5 = 2 + 3, or a row equal to the one below when the rest are 0). A label is a group only when
 * every row of it with a count is such a sum, and telling: three filled cells (fewer when the table has
 * fewer), sums of 10 or more, and some row the sum of two or more parts with counts. A label that always
 * is a sum, with less evidence, is refused; one that sometimes is not is a category of its own.
 */
function groupsByLabel(
  table: Table,
  found: Map<number, [number, number]>,
  chance: Set<number>,
): Map<number, [number, number]> {
  const { values, category, columns, name, firstRowNumber } = table;
  const label = (r: number) => cellText(values[r][category]).toLowerCase();
  const cells = (r: number) => vectorOf(table, r) ?? [];
  const byLabel = new Map<string, number[]>();
  for (const r of [...found.keys()].sort((a, b) => a - b)) {
    const rows = byLabel.get(label(r));
    if (rows) rows.push(r);
    else byLabel.set(label(r), [r]);
  }
  const kept = new Map<number, [number, number]>();
  for (const [key, rows] of byLabel) {
    const all = table.rowsOfLabel.get(key) ?? [];
    if (all.some((r) => !found.has(r) && cells(r).some((n) => n > 0))) continue;
    const filled = rows.reduce((n, r) => n + cells(r).filter((c) => c > 0).length, 0);
    const total = rows.reduce((n, r) => n + cells(r).reduce((a, b) => a + b, 0), 0);
    const partsWithCounts = (r: number) => {
      const [from, to] = found.get(r) as [number, number];
      let n = 0;
      for (let p = from - firstRowNumber; p <= to - firstRowNumber; p++)
        if ((!found.has(p) || chance.has(p)) && cells(p).some((c) => c > 0)) n++;
      return n;
    };
    if (
      filled < Math.min(FEWEST_PERIODS, columns.length * all.length) ||
      total < SMALLEST_SUM ||
      !rows.some((r) => partsWithCounts(r) >= 2)
    ) {
      const [from, to] = found.get(rows[0]) as [number, number];
      throw new InputError(
        `${name}, row ${rows[0] + firstRowNumber}: "${cellText(values[rows[0]][category])}" equals the sum of rows ${from} to ${to} in every column${rows.length > 1 ? `, as each of its ${rows.length} rows with counts equals the rows below it` : ""}, so it may be a group row (never to be added to its parts) or a category of its own; there is too little in it to tell. Remove the group rows, or give the table with its details only.`,
      );
    }
    for (const r of rows) kept.set(r, found.get(r) as [number, number]);
    // Its rows of 0 are group rows too (of parts all 0), not a category of zeros.
    for (const r of all) if (!kept.has(r)) kept.set(r, [r + 1 + firstRowNumber, r + 1 + firstRowNumber]);
  }
  return kept;
}
