import type { MonthWindow } from "./month-window";
import { InputError } from "..";

/**
 * The rolling year (the 12 consecutive months) ending with `endMonth`, or the rolling year `yearsBack`
 * years before it. Partnerships compare "RY ending Oct 2017" (Nov 2016 - Oct 2017) with the same
 * months a year earlier (seed section 2.6), and use whatever year end suits them (Nov-Oct, Oct-Sep,
 * Apr-Mar), so the window is defined by its last month only. With integer month indices a window
 * crosses a calendar year boundary with no special case.
 *
 * @param endMonth the month index of the window's last month
 * @param yearsBack how many years earlier (0, the default, for the rolling year itself; 1 for the year before)
 * @returns the window, `last - first` always 11
 * @throws {InputError} when `endMonth` is not a whole month index or `yearsBack` not a whole number 0 or more
 * @example
 * rollingYear(monthIndex(2017, 10));    // => { first: Nov 2016, last: Oct 2017 } as indices 24202..24213
 * rollingYear(monthIndex(2017, 10), 1); // => Nov 2015 .. Oct 2016
 */
export function rollingYear(endMonth: number, yearsBack = 0): MonthWindow {
  if (!Number.isInteger(endMonth)) throw new InputError(`The end month must be a month, not ${String(endMonth)}.`);
  if (!Number.isInteger(yearsBack) || yearsBack < 0) {
    throw new InputError(`years back must be a whole number 0 or more, not ${String(yearsBack)}.`);
  }
  const last = endMonth - 12 * yearsBack;
  return { first: last - 11, last };
}
