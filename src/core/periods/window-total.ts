import type { MonthWindow } from "./month-window";
import { InputError, NotAvailableError } from "..";
import { describeMonths } from "./describe-months";
import { windowLabel } from "./window-label";

/**
 * The total of a monthly series over a period (a rolling or financial year), like Excel's SUMIFS on
 * a month column, but refusing a silently short year: every month of the period must appear in
 * `months` at least once, otherwise the months missing are named. Several rows for one month (a
 * table with one row per category and month) are added together, as SUMIFS would.
 *
 * Missing values: a month absent from the series inside the period is a `NotAvailableError`; a value
 * that is NaN or not finite inside the period is an `InputError` naming its row (1-based); rows outside
 * the period are not read. Blank cells must be removed or turned into 0 by the caller.
 *
 * @param months the month index of each row
 * @param values the value of each row, in the same order
 * @param period the months to add up, both ends included
 * @returns the sum of `values` over the period
 * @throws {InputError} when the two lists differ in length or a value in the period is not a number
 * @throws {NotAvailableError} when months of the period have no row, naming them
 * @example
 * windowTotal(months, counts, rollingYear(monthIndex(2017, 10))); // => 11890 for victim based crime
 */
export function windowTotal(months: ArrayLike<number>, values: ArrayLike<number>, period: MonthWindow): number {
  if (months.length !== values.length) {
    throw new InputError(`The months and values differ in size: ${months.length} months but ${values.length} values.`);
  }
  const seen = new Uint8Array(period.last - period.first + 1);
  let total = 0;
  for (let i = 0; i < months.length; i++) {
    const offset = months[i] - period.first;
    if (!(offset >= 0 && offset < seen.length)) continue;
    if (!Number.isFinite(values[i]))
      throw new InputError(`Row ${i + 1} has the value ${String(values[i])}, not a number.`);
    seen[offset] = 1;
    total += values[i];
  }
  const missing: number[] = [];
  for (let offset = 0; offset < seen.length; offset++) if (!seen[offset]) missing.push(period.first + offset);
  if (missing.length > 0) {
    throw new NotAvailableError(
      `The data has no value for ${describeMonths(missing)}, so the total for ${windowLabel(period)} cannot be made.`,
    );
  }
  return total;
}
