import { InputError } from "..";
import { cellText } from "../cells";
import { monthIndex } from "./month-index";
import { monthOfName } from "./month-of-name";

/**
 * The month index of a row whose year and month are in separate columns (`Calendar_Year,Month` =
 * `2001,Apr`), as ONS and Home Office tables often give them. The month is a name ("Apr", "April") or
 * a number from 1 to 12; the year is four digits.
 *
 * Missing values: a blank year or month throws; readers drop such rows before asking.
 *
 * @param year the year cell (2001 or "2001")
 * @param month the month cell ("Apr", "April", 4 or "04")
 * @returns the month index
 * @throws {InputError} naming the values when either cannot be read
 * @example
 * monthOfYearAndMonth(2001, "Apr"); // => monthIndex(2001, 4)
 */
export function monthOfYearAndMonth(year: unknown, month: unknown): number {
  const y = cellText(year);
  const m = cellText(month).toLowerCase().replace(/\.$/, "");
  const number = /^\d{1,2}$/.test(m) ? +m : monthOfName(m);
  if (!/^\d{4}$/.test(y) || +y < 1900 || number === undefined || number < 1 || number > 12) {
    throw new InputError(
      `The year ${JSON.stringify(y)} and month ${JSON.stringify(cellText(month))} cannot be read: expected a year such as 2001 and a month such as Apr, April or 4.`,
    );
  }
  return monthIndex(+y, number);
}
