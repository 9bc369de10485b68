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
 * Finds the group or subtotal rows of a table of counts with a category column and several count
 * columns (one per period, or one per area): a row whose counts equal, column by column, the sums of
 * the rows just below it (two or more, in the same area or period), as official tables put "Theft
 * offences" above its offences. Rows are tried from the bottom up, so nested groups ("Victim-based
 * crime" over "Theft offences" over its offences) are each found, and a group's parts never include
 * another group. Adding a group row to its parts would count its crimes twice.
 *
 * A row that matches with little evidence (fewer than three filled columns, or sums below 10, where a
 * category may equal two others by chance) is neither dropped nor counted: the reading is refused,
 * naming the row and the rows it equals, because either guess could be a wrong number.
 *
 * A group holds in every block: where the table has blocks (a month or area column), a category that
 * equals the rows below it in one block but not in another is a category that matched by chance, never
 * a group, and the table is read again without it as a group (so the groups above it count it as a
 * part). The evidence (filled columns, the size of the sums) is then weighed over all of its blocks.
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
  const table: GroupTable = { values, headerRow, roles, columns, category: roles.category };
  const notGroups = new Set<string>();
  for (;;) {
    const found = findGroups(table, notGroups);
    const doubtful = [...labelsOf(table, found)]
      .map((label) => ({ label, share: shareAGroup(table, found, label) }))
      .filter((d) => d.share < 1);
    if (doubtful.length === 0) {
      refuseWeakGroups(table, found, name, firstRowNumber);
      return new Map([...found].map(([r, [first, last]]) => [r, [first + firstRowNumber, last + firstRowNumber]]));
    }
    // One label at a time, the least often a group first: a chance match taken as a group can hide a
    // true group above it (its parts then lack the row), which is found again once the chance is gone.
    notGroups.add(doubtful.reduce((a, b) => (b.share < a.share ? b : a)).label);
  }
}

interface GroupTable {
  values: unknown[][];
  headerRow: number;
  roles: ColumnRoles;
  columns: number[];
  category: number;
}

const labelOf = (t: GroupTable, r: number): string => cellText((t.values[r] ?? [])[t.category]);

function vectorOf(t: GroupTable, row: unknown[]): number[] | undefined {
  const v = t.columns.map((c) => (cellText(row[c]) === "" ? 0 : Number(cellText(row[c]).replace(/,/g, ""))));
  return v.every((n) => Number.isInteger(n) && n >= 0) ? v : undefined;
}

/** Each row that equals the sum of two or more rows just below it in its block: row index -> its parts' first and last index. */
function findGroups(t: GroupTable, notGroups: Set<string>): Map<number, [number, number]> {
  const { values, headerRow, roles } = t;
  const groups = new Map<number, [number, number]>();
  const block = (row: unknown[]): string =>
    [roles.month, roles.year, roles.area].map((c) => (c === undefined ? "" : cellText(row[c]))).join("\u0000");
  const part = (r: number): boolean => {
    const row = values[r] ?? [];
    return !row.every((cell) => cellText(cell) === "") && !TOTAL_LABEL.test(labelOf(t, r));
  };
  for (let r = values.length - 2; r > headerRow; r--) {
    if (!part(r) || notGroups.has(labelOf(t, r))) continue;
    const own = vectorOf(t, values[r]);
    if (!own || own.every((n) => n === 0)) continue;
    const sums = own.map(() => 0);
    let taken = 0;
    for (
      let below = r + 1;
      below < values.length && below <= r + MOST_PARTS && part(below) && block(values[below]) === block(values[r]);
      below++
    ) {
      if (groups.has(below)) continue;
      const v = vectorOf(t, values[below]);
      if (!v) break;
      v.forEach((n, i) => (sums[i] += n));
      taken++;
      if (sums.some((s, i) => s > own[i])) break;
      if (taken < 2 || sums.some((s, i) => s !== own[i])) continue;
      groups.set(r, [r + 1, below]);
      break;
    }
  }
  return groups;
}

function labelsOf(t: GroupTable, groups: Map<number, [number, number]>): Set<string> {
  return new Set([...groups.keys()].map((r) => labelOf(t, r)));
}

/** The rows of a label that have counts (a row of zeros is a group of zeros or a category of zeros alike). */
function rowsWithCounts(t: GroupTable, label: string): number[] {
  const rows: number[] = [];
  for (let r = t.headerRow + 1; r < t.values.length; r++)
    if (labelOf(t, r) === label && (vectorOf(t, t.values[r]) ?? [1]).some((n) => n !== 0)) rows.push(r);
  return rows;
}

/** The share of a label's rows with counts that are found to be groups (1: a group in every block). */
function shareAGroup(t: GroupTable, groups: Map<number, [number, number]>, label: string): number {
  const rows = rowsWithCounts(t, label);
  return rows.filter((r) => groups.has(r)).length / rows.length;
}

/** Refuses a group told only by a few small sums, over all of its blocks, where a category may equal others by chance. */
function refuseWeakGroups(t: GroupTable, groups: Map<number, [number, number]>, name: string, firstRowNumber: number) {
  for (const label of labelsOf(t, groups)) {
    const vectors = rowsWithCounts(t, label).map((r) => vectorOf(t, t.values[r]) ?? []);
    const filled = vectors.reduce((n, v) => n + v.filter((x) => x > 0).length, 0);
    const total = vectors.reduce((n, v) => n + v.reduce((a, b) => a + b, 0), 0);
    if (filled >= Math.min(FEWEST_PERIODS, t.columns.length * vectors.length) && total >= SMALLEST_SUM) continue;
    const [r, [first, last]] = [...groups].find(([row]) => labelOf(t, row) === label) as [number, [number, number]];
    throw new InputError(
      `${name}, row ${r + firstRowNumber}: "${label}" equals the sum of rows ${first + firstRowNumber} to ${last + firstRowNumber} in every column, so it may be a group row (never to be added to its parts) or a category of its own; there is too little in it to tell. Remove the group rows, or give the table with its details only.`,
    );
  }
}
