import type { MonthWindow } from "./month-window";
import { NotAvailableError } from "..";
import { describeMonths } from "./describe-months";
import { windowLabel } from "./window-label";

/**
 * The number of records (one row per crime or incident) whose month falls in a period, optionally only
 * rows accepted by `include`. Record-level data has no row for a month with no crimes, so such a month
 * counts as zero; but a period reaching past the data (before its first month or after its last)
 * would be a silently short year, so those months are named in a `NotAvailableError`. The data's span
 * is taken from all rows, whether `include` accepts them or not.
 *
 * Missing values: a row whose month is NaN is not counted and does not extend the span; callers drop
 * or report blank months before counting (parseMonth refuses them).
 *
 * @param months the month index of each record (a Dataset's month column works directly)
 * @param period the months to count, both ends included
 * @param include optional test of a row's position; rows it rejects are not counted
 * @returns the number of records in the period
 * @throws {NotAvailableError} when the period reaches months before or after the data, naming them
 * @example
 * windowCount(dataset.month, rollingYear(monthIndex(2019, 2)), (i) => dataset.category[i] === burglary);
 */
export function windowCount(
  months: ArrayLike<number>,
  period: MonthWindow,
  include?: (row: number) => boolean,
): number {
  let count = 0;
  let earliest = Infinity;
  let latest = -Infinity;
  for (let i = 0; i < months.length; i++) {
    const month = months[i];
    if (month < earliest) earliest = month;
    if (month > latest) latest = month;
    if (month >= period.first && month <= period.last && (!include || include(i))) count++;
  }
  const missing: number[] = [];
  for (let month = period.first; month <= period.last; month++) {
    if (month < earliest || month > latest) missing.push(month);
  }
  if (missing.length > 0) {
    const span = earliest <= latest ? `covers ${windowLabel({ first: earliest, last: latest })} only` : "has no rows";
    throw new NotAvailableError(`The data ${span}: ${describeMonths(missing)} of ${windowLabel(period)} are missing.`);
  }
  return count;
}
