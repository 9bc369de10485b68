import { InputError, NotAvailableError } from "../core";
import { checkValues } from "../core/spc";
import type { SpcChart } from "../core/spc";
import { errorCodeOf, isBlank, notANumber, oneLine, reportedLength } from "./coerce";

/** A series read from a range: the reported points, and how many cells the range has (the spill's rows). */
export interface Series {
  /** The points up to the last one reported, copied out of their cells. */
  values: Float64Array;
  /** The range's cells, reported or not: a spill keeps this many rows, blank after `values.length`. */
  cells: number;
}

/**
 * Reads a series (monthly counts, oldest first) from a one-column or one-row range. The usual range, a
 * column of numbers (perhaps with months not yet reported at its end), is read and checked in one pass
 * (`readColumn`); anything else, or anything that pass cannot take, is read again by `readCells`, which
 * turns the cells into numbers and has the core engine's `checkValues` check them as it does for the
 * wizard, so every message comes from one place. The policy for blank cells (null or "", as current
 * Excel passes them): blanks at the END are months not yet reported and are left out, so a range can run ahead of the data;
 * a blank INSIDE the series is an `InputError` naming the point. A 0 is the number 0 wherever it is: on
 * the Excel builds that pass blanks as 0, point the function at the filled cells only (README, "Blank
 * cells"). TRUE and FALSE count as 1 and 0, as before. Text, an error cell, NaN or Infinity is an
 * `InputError` naming the point and the value as typed ("values: point 4 is #N/A"), as is a negative
 * count on a c chart.
 *
 * @param range the range argument as Excel passes it (rows of cells), or a single value
 * @param argument the argument's name, for messages
 * @param minPoints the fewest reported points the caller can work with (NotAvailableError below it)
 * @param chart the chart the series is for ("C" refuses a negative count); default "XMR"
 * @returns the reported points and the number of cells
 * @throws {InputError} for a block that is not one row or column, a ragged range, or a bad point
 * @throws {NotAvailableError} with fewer than `minPoints` reported points
 */
export function readSeries(range: unknown, argument: string, minPoints: number, chart: SpcChart = "XMR"): Series {
  return readColumn(range, minPoints, chart === "C") ?? readCells(range, argument, minPoints, chart);
}

/**
 * The one-pass read of a column of finite numbers (0 or more for counts), each cell copied out of its row
 * and checked as it is copied, and blank cells only after the last number: the same series `readCells`
 * reads from such a range. Undefined for anything else (a row, a block, a ragged range, too few points,
 * TRUE or FALSE, text, an error cell, NaN, a negative count, a blank inside the series), which
 * `readCells` then reads again and names.
 */
function readColumn(range: unknown, minPoints: number, counts: boolean): Series | undefined {
  const least = Math.max(minPoints, 2); // checkValues' least, for the careful read to name
  if (!Array.isArray(range) || range.length < least) return undefined;
  const cells = range.length;
  const values = new Float64Array(cells);
  for (let i = 0; i < cells; i++) {
    const row: unknown = range[i];
    if (!Array.isArray(row) || row.length !== 1) return undefined;
    const value: unknown = row[0];
    // A finite number: x - x is 0 only then.
    if (typeof value !== "number" || value - value !== 0 || (counts && value < 0)) {
      return i >= least && blanksFrom(range, i) ? { values: values.subarray(0, i), cells } : undefined;
    }
    values[i] = value;
  }
  return { values, cells };
}

/** True when every row of a column from row `from` on is one blank cell (months not yet reported). */
function blanksFrom(range: unknown[], from: number): boolean {
  for (let i = from; i < range.length; i++) {
    const row: unknown = range[i];
    if (!Array.isArray(row) || row.length !== 1 || !isBlank(row[0])) return false;
  }
  return true;
}

/** The careful read of any range: cell by cell, then `checkValues`, naming the first thing wrong. */
function readCells(range: unknown, argument: string, minPoints: number, chart: SpcChart): Series {
  const line = oneLine(range as unknown[][], argument);
  const cells = line.length;
  const reported = reportedLength(line);
  if (reported < minPoints) {
    throw new NotAvailableError(`An SPC chart needs at least ${minPoints} points; ${argument} has ${reported}.`);
  }
  const values = new Float64Array(reported);
  for (let i = 0; i < reported; i++) {
    const value = line[i];
    if (typeof value === "number")
      values[i] = value; // NaN and Infinity are left to checkValues
    else if (typeof value === "boolean") values[i] = value ? 1 : 0;
    else {
      checkValues(values, chart, argument); // an earlier bad number is named first (the rest are still 0)
      throw new InputError(badCell(argument, i, value));
    }
  }
  checkValues(values, chart, argument);
  return { values, cells };
}

/** The message for a cell that holds no number: a blank inside the series, an error cell or text. */
function badCell(argument: string, i: number, value: unknown): string {
  const point = `${argument}: point ${i + 1}`;
  if (isBlank(value))
    return `${point} is blank, inside the series: type 0 for a month with none, or leave only the months after the last report blank.`;
  if (errorCodeOf(value)) return `${point} is ${errorCodeOf(value)}: fix that cell first.`;
  return notANumber(point, value);
}
