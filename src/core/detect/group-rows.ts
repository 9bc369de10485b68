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
  const groups = new Map<number, [number, number]>();
  if (roles.category === undefined || columns.length === 0) return groups;
  const block = (row: unknown[]): string =>
    [roles.month, roles.year, roles.area].map((c) => (c === undefined ? "" : cellText(row[c]))).join("\u0000");
  const vector = (row: unknown[]): number[] | undefined => {
    const v = columns.map((c) => (cellText(row[c]) === "" ? 0 : Number(cellText(row[c]).replace(/,/g, ""))));
    return v.every((n) => Number.isInteger(n) && n >= 0) ? v : undefined;
  };
  const part = (r: number): boolean => {
    const row = values[r] ?? [];
    return !row.every((cell) => cellText(cell) === "") && !TOTAL_LABEL.test(cellText(row[roles.category as number]));
  };
  for (let r = values.length - 2; r > headerRow; r--) {
    if (!part(r)) continue;
    const own = vector(values[r]);
    if (!own || own.every((n) => n === 0)) continue;
    const sums = own.map(() => 0);
    let taken = 0;
    for (
      let below = r + 1;
      below < values.length && below <= r + MOST_PARTS && part(below) && block(values[below]) === block(values[r]);
      below++
    ) {
      if (groups.has(below)) continue;
      const v = vector(values[below]);
      if (!v) break;
      v.forEach((n, i) => (sums[i] += n));
      taken++;
      if (sums.some((s, i) => s > own[i])) break;
      if (taken < 2 || sums.some((s, i) => s !== own[i])) continue;
      const filled = own.filter((n) => n > 0).length;
      const total = own.reduce((a, b) => a + b, 0);
      const label = cellText(values[r][roles.category]);
      if (filled < Math.min(FEWEST_PERIODS, columns.length) || total < SMALLEST_SUM) {
        throw new InputError(
          `${name}, row ${r + firstRowNumber}: "${label}" equals the sum of rows ${r + 1 + firstRowNumber} to ${below + firstRowNumber} in every column, so it may be a group row (never to be added to its parts) or a category of its own; there is too little in it to tell. Remove the group rows, or give the table with its details only.`,
        );
      }
      groups.set(r, [r + 1 + firstRowNumber, below + firstRowNumber]);
      break;
    }
  }
  return groups;
}
