import { InputError, NotAvailableError } from "../core/errors";
import { checkValues } from "../core/spc/check-values";
import type { SpcChart } from "../core/spc/types";
import { errorCodeOf, isBlank, notANumber, oneLine, reportedLength } from "./coerce";

/** A series read from a range: the reported points, and how many cells the range has (the spill's rows). */
export interface Series {
  /** The points up to the last one reported, copied out of their cells. */
  values: Float64Array;
  /** The range's cells, reported or not: a spill keeps this many rows, blank after `values.length`. */
  cells: number;
}

/**
 * Reads a series (monthly counts, oldest first) from a one-column or one-row range: one pass turns the
 * cells into numbers, then the core engine's `checkValues` checks them, as it does for the wizard. The policy for blank cells (null or "", as current Excel passes them):
 * blanks at the END are months not yet reported and are left out, so a range can run ahead of the data;
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
  const line = oneLine(range as unknown[][], argument);
  const cells = line.length;
  const reported = reportedLength(line);
  if (reported < minPoints) {
    throw new NotAvailableError(`An SPC chart needs at least ${minPoints} points; ${argument} has ${reported}.`);
  }
  const values = new Float64Array(reported);
  for (let i = 0; i < reported; i++) {
    const value = line[i];
    if (typeof value === "number") values[i] = value; // NaN and Infinity are left to checkValues
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
  if (isBlank(value)) return `${point} is blank, inside the series: type 0 for a month with none, or leave only the months after the last report blank.`;
  if (errorCodeOf(value)) return `${point} is ${errorCodeOf(value)}: fix that cell first.`;
  return notANumber(point, value);
}
