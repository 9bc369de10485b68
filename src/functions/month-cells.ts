import { InputError } from "../core";
import { policeMonth } from "../core/periods";
import { monthToExcelSerial } from "../core/periods";
import { parseMonth } from "../core/periods";
import { asRange, describeValue, oneLine, rangeSize } from "./coerce";

/**
 * Reading a column of months as the rolling-year functions are called over it: a force's extract
 * (200,000 cells) in each of hundreds of calls, so a cell costs a few comparisons, not a parse.
 * - "YYYY-MM" text (police.uk's Month column) is read from its character codes, and a cell equal to
 *   the one before it (an extract sorted by month has long runs) is not read again;
 * - a date (an Excel serial number) is checked against the span of the month read last, so a column of
 *   dates costs one civil-date calculation per month, not per cell;
 * - anything else goes to the caller's full reader (`slow`), which gives the messages of every function.
 *
 * Missing values: a blank cell (0, null, undefined or "") is NaN, which no window contains: 0 is no
 * date (a blank cell reaches a function as 0 on older Excel builds; serial 0 is not a day).
 */

/** The full reader of a month cell that is not on the fast path: its month index, or an `InputError` naming the row. */
export type SlowMonth = (value: unknown, row: number) => number;

/** The first serial number whose month the span cache may hold: 1 March 1900, after Excel's 29 February 1900. */
const FIRST_CACHED_SERIAL = 61;

/**
 * A reader of one month cell after another, with the caches described above.
 *
 * @param slow the full reader for cells off the fast path (it throws the message for a cell it cannot read)
 * @returns a function from a cell and its 0-based row to the month index, NaN for a blank
 * @throws never itself; the returned function throws what `slow` throws
 * @example
 * const read = monthReader((value, row) => parseMonth(value));
 * read("2017-10", 0); // => 24213 (monthIndex(2017, 10))
 */
export function monthReader(slow: SlowMonth): (value: unknown, row: number) => number {
  let lastText = "";
  let lastMonth = NaN;
  let spanFirst = Infinity; // serials from spanFirst up to (not including) spanEnd are in spanMonth
  let spanEnd = -Infinity;
  let spanMonth = NaN;
  return (value, row) => {
    if (typeof value === "string") {
      if (value === lastText) return lastMonth;
      const month = policeMonth(value);
      if (month >= 0) {
        lastText = value;
        lastMonth = month;
        return month;
      }
      return value === "" ? NaN : slow(value, row);
    }
    if (typeof value === "number") {
      if (value >= spanFirst && value < spanEnd) return spanMonth;
      if (value === 0) return NaN;
      const month = slow(value, row);
      if (value >= FIRST_CACHED_SERIAL) {
        spanFirst = monthToExcelSerial(month);
        spanEnd = monthToExcelSerial(month + 1);
        spanMonth = month;
      }
      return month;
    }
    if (value === null || value === undefined) return NaN;
    return slow(value, row);
  };
}

/**
 * The months of a list of cells (a range already made one line).
 *
 * @param cells the cells
 * @param slow the full reader for cells off the fast path
 * @returns the month index of each cell, NaN for a blank
 * @throws what `slow` throws for a cell that is not a month
 * @example
 * monthsOfCells(["2017-10", "", 43009], readMonth); // => Float64Array [24213, NaN, 24213]
 */
export function monthsOfCells(cells: readonly unknown[], slow: SlowMonth): Float64Array {
  const read = monthReader(slow);
  const months = new Float64Array(cells.length);
  for (let i = 0; i < cells.length; i++) months[i] = read(cells[i], i);
  return months;
}

/** One row or one column of a range argument, read in place (not copied): its length and its i-th cell. */
export interface Line {
  length: number;
  at(i: number): unknown;
}

/**
 * A range argument that must be one row or one column, as `oneLine` checks it (the same messages for a
 * block or a ragged range), without copying its cells.
 *
 * With `everyCell`, the caller reads every cell in turn, so a column's rows are checked as they are read
 * rather than in a pass of their own (a ragged row is the same error, met at that row).
 *
 * @param range the argument as Excel passed it (a single value is a 1 x 1 range)
 * @param argument its name, for messages
 * @param everyCell true when the caller reads every cell, in order
 * @returns the line
 * @throws {InputError} for a block of several rows and columns, or a ragged range
 * @example
 * lineOf([["2017-10"], ["2017-11"]], "months").at(1); // => "2017-11"
 */
export function lineOf(range: unknown, argument: string, everyCell = false): Line {
  const cells = asRange(range);
  if (everyCell && cells.length > 1 && Array.isArray(cells[0]) && cells[0].length === 1) {
    return {
      length: cells.length,
      at(i) {
        const row = cells[i];
        if (Array.isArray(row) && row.length === 1) return row[0];
        rangeSize(cells, argument); // throws the message naming the first ragged row
        return undefined;
      },
    };
  }
  const { rows, columns } = rangeSize(cells, argument);
  if (rows > 1 && columns > 1) oneLine(cells, argument); // throws its message for a block
  if (rows === 0 || columns === 0) return { length: 0, at: () => undefined };
  if (rows === 1) return { length: columns, at: (i) => cells[0][i] };
  return { length: rows, at: (i) => cells[i][0] };
}

/**
 * The months of a range argument of one row or one column, read in place.
 *
 * @param range the argument as Excel passed it
 * @param argument its name, for messages
 * @param slow the full reader for cells off the fast path
 * @returns the month index of each cell, NaN for a blank
 * @throws {InputError} for a range that is not one line, and what `slow` throws for a cell that is not a month
 * @example
 * monthsOfRange([["2017-10"], [0]], "months", readMonth); // => Float64Array [24213, NaN]
 */
export function monthsOfRange(range: unknown, argument: string, slow: SlowMonth): Float64Array {
  const line = lineOf(range, argument);
  const read = monthReader(slow);
  const months = new Float64Array(line.length);
  for (let i = 0; i < line.length; i++) months[i] = read(line.at(i), i);
  return months;
}

/** An `InputError` for two ranges that must be the same size. */
export function notSameSize(first: string, firstSize: number, second: string, secondSize: number): InputError {
  return new InputError(
    `${first} and ${second} must be the same size: ${first} has ${firstSize} cells but ${second} has ${secondSize}.`,
  );
}

/** What one pass over a months range found: the rows in the window that match, and the span of the months read. */
export interface WindowRows {
  count: number;
  /** The earliest and latest month of the range (Infinity and -Infinity when it has none). */
  earliest: number;
  latest: number;
}

/**
 * Counts, in one pass and without copying either range, the rows of a months range whose month is in
 * `[first, last]` and whose match cell (when given) passes `matches`; every month cell is read (an
 * unreadable one is an error wherever it is) and every row's shape checked, as `oneLine` would. This is
 * CSP.RYCOUNT's loop: a call over a force's extract costs about what a plain scan of its cells does.
 *
 * Missing values: blank month cells (0, null, "") are in no window and outside the span.
 *
 * @param months the months argument (one row or one column)
 * @param first the window's first month index
 * @param last the window's last month index
 * @param slow the full reader of month cells off the fast path
 * @param match the match argument's line (the same size) and the test of its cells, or undefined
 * @returns the count and the span of the months
 * @throws {InputError} for a range that is not one line, a month that cannot be read, or ranges of different sizes
 * @example
 * countWindowRows([["2017-10"], ["2017-11"]], 24213, 24224, readMonth).count; // => 2
 */
export function countWindowRows(
  months: unknown,
  first: number,
  last: number,
  slow: SlowMonth,
  match?: { line: Line; matches: (cell: unknown) => boolean },
): WindowRows {
  const line = lineOf(months, "months", true);
  if (match && match.line.length !== line.length)
    throw notSameSize("match_range", match.line.length, "months", line.length);
  const read = monthReader(slow);
  let count = 0;
  let earliest = Infinity;
  let latest = -Infinity;
  for (let i = 0; i < line.length; i++) {
    const month = read(line.at(i), i);
    if (month < earliest) earliest = month;
    if (month > latest) latest = month;
    if (month >= first && month <= last && (!match || match.matches(match.line.at(i)))) count++;
  }
  return { count, earliest, latest };
}

/**
 * A single month argument (end_month, date): a date, "2017-10", "Oct-17", "October 2017" or "01/10/2017";
 * a blank (0, null or "") is refused rather than read as serial 0.
 *
 * @param value the argument
 * @param argument its name, for messages
 * @returns the month index
 * @throws {InputError} naming the argument, for a blank or a value that is not a month
 * @example
 * monthArgument("2017-10", "end_month"); // => 24213
 */
export function monthArgument(value: unknown, argument: string): number {
  const readable =
    (typeof value === "number" && Number.isFinite(value) && value !== 0) || (typeof value === "string" && value !== "");
  if (!readable) {
    throw new InputError(
      `${argument} is ${value === 0 ? "blank" : describeValue(value)}: expected a date or a month such as 2017-10.`,
    );
  }
  try {
    return parseMonth(value);
  } catch (error) {
    throw new InputError(`${argument}: ${(error as Error).message}`);
  }
}
