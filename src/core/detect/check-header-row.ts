import type { ColumnRoles } from "./ingest-types";
import { cellText } from "../cells";
import { columnLetters } from "../cells";
import { InputError } from "..";

const ROLE_WORDS: [keyof ColumnRoles, string][] = [
  ["month", "month"],
  ["category", "crime type"],
  ["area", "area"],
  ["count", "count"],
  ["id", "crime ID"],
];

/**
 * Checks a table's header row before its rows are read, so the two faults a header can have are named
 * as they are instead of surfacing later as a misleading "the data have no records" or as a silently
 * chosen column: a file that is only a header (nothing below it), and a column the reading relies on
 * (month, crime type, area, count, crime ID, or a month of a wide table) whose heading appears twice,
 * where the toolkit cannot know which of the two the analyst meant.
 *
 * Missing values: blank headings are never duplicates of each other; blank rows below the header count
 * as rows (they are reported later as rows not used).
 *
 * @param sample the table's first rows (the whole table when `whole`)
 * @param headerRow the 0-based header row
 * @param roles the detected roles (roles the caller chose are left out: the caller has settled them)
 * @param name the file or range name, for the message
 * @param whole true when `sample` holds every row of the table
 * @returns nothing
 * @throws {InputError} naming the file and the columns
 * @example
 * checkHeaderRow([["Month", "Crime type", "Month"], ["2018-01", "Drugs", "2018-02"]], 0, { month: 0, category: 1 }, "x.csv", true);
 * // throws 'x.csv has two columns headed "Month" (A and C): rename or delete one, so the month is read from the column you mean.'
 */
export function checkHeaderRow(
  sample: unknown[][],
  headerRow: number,
  roles: ColumnRoles,
  name: string,
  whole: boolean,
): void {
  if (whole && sample.length <= headerRow + 1) {
    throw new InputError(
      `${name} has a header row but no rows of data under it: is it the file you meant, or was it saved before the data were pasted in?`,
    );
  }
  const header = (sample[headerRow] ?? []).map((cell) => cellText(cell).trim().toLowerCase());
  for (const [role, words] of ROLE_WORDS) {
    const column = roles[role];
    if (typeof column !== "number" || header[column] === undefined || header[column] === "") continue;
    const twin = header.findIndex((text, c) => c !== column && text === header[column]);
    if (twin >= 0) throw twice(name, cellText(sample[headerRow][column]).trim(), [column, twin], words);
  }
  const seen = new Map<number, number>();
  for (const { column, month } of roles.monthColumns ?? []) {
    const before = seen.get(month);
    if (before !== undefined) {
      const [a, b] = [before, column].map(columnLetters);
      throw new InputError(
        `${name} has two columns for the month of "${cellText(sample[headerRow][column]).trim()}" (${a} and ${b}): delete one, so each month's counts are read once.`,
      );
    }
    seen.set(month, column);
  }
}

function twice(name: string, heading: string, columns: number[], words: string): InputError {
  const [a, b] = columns.sort((x, y) => x - y).map(columnLetters);
  return new InputError(
    `${name} has two columns headed "${heading}" (${a} and ${b}): rename or delete one, so the ${words} is read from the column you mean.`,
  );
}
