import { InputError } from "..";
import { policeMonth } from "./police-month";
import { monthOfName } from "./month-of-name";
import { daysInMonth } from "./days-in-month";
import { excelSerialToMonth } from "./excel-serial-to-month";
import { monthIndex } from "./month-index";
import { LONG_MONTH_NAMES } from "./month-names";
import { ukLocalMonth } from "./uk-local-month";

/**
 * Reads the month of a value from any extract an analyst works with, and returns its month index
 * (year * 12 + month - 1). Accepted forms:
 * - a number: an Excel serial date in the 1900 date system (43009 = 1 Oct 2017; a time fraction is ignored);
 * - a `Date` (as ExcelJS and SheetJS return date cells): its UTC calendar date, because those libraries
 *   put a cell's date at UTC midnight;
 * - "2017-10" (police.uk's Month column; the fast path, with no regular expression and no allocation),
 *   ISO dates "2017-10-01" and date-times "2017-10-01T13:45:00", "2017-10-01 13:45" (without a zone: the
 *   date as written is the date recorded); with a zone ("Z", "+00:00", "+01:00") the instant is turned into
 *   UK local time first (`ukLocalMonth`), so "2019-03-31T23:00:00+00:00" is April, as in the UK;
 * - month names with a year: "Oct-17", "Oct 2017", "October 2017", "Sept 2017", and with a day: "1 Oct 2017";
 * - UK day-first dates "01/10/2017", "1/10/17", "01-10-2017", "01.10.2017", with an optional time.
 * Two-digit years follow Excel's rule: 00-29 are 2000-2029, 30-99 are 1930-1999.
 *
 * US month-first dates are never guessed: "10/13/2017" is an error (there is no month 13), because a
 * silently wrong month would move crimes between periods. A two-digit year with "-" or "." separators
 * ("17-10-01") is refused as ambiguous (year-first or day-first).
 *
 * Missing values: blank (""), null, undefined, NaN and booleans are not months and throw; the caller
 * decides whether such a row is dropped and reported.
 *
 * @param value the cell value to read
 * @returns the month index
 * @throws {InputError} naming the value, when it is blank, unreadable, ambiguous or not a real date
 * @example
 * parseMonth("2017-10");     // => 24213
 * parseMonth(43009);         // => 24213
 * parseMonth("1/10/17");     // => 24213
 * parseMonth("10/13/2017");  // throws InputError: there is no month 13
 */
export function parseMonth(value: unknown): number {
  if (typeof value === "string") {
    const fast = policeMonth(value);
    return fast >= 0 ? fast : parseMonthText(value);
  }
  if (typeof value === "number") return excelSerialToMonth(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return value.getUTCFullYear() * 12 + value.getUTCMonth();
  }
  if (value === null || value === undefined)
    throw new InputError(`The month is blank: expected a date or a month such as 2017-10.`);
  throw unreadable(value);
}

const TIME = String.raw`(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?`;
/** 2017-10, 2017-10-01, 2017-10-01T13:45:00. */
const ISO_FORM = new RegExp(String.raw`^(\d{4})-(\d{1,2})(?:-(\d{1,2})${TIME})?$`);
/** 01/10/2017, 1/10/17, 01-10-2017, 01.10.2017 13:45. */
const DAY_FIRST_FORM = new RegExp(String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})${TIME}$`);
/** Oct-17, Oct 2017, October 2017, 1 Oct 2017, 01-Oct-17. */
const NAMED_FORM = /^(?:(\d{1,2})(?:st|nd|rd|th)?[ -]+)?([a-z]+)\.?(?:[ -]+|, *)?(\d{4}|\d{2})$/i;

function parseMonthText(original: string): number {
  const text = original.trim();
  if (text === "") throw new InputError(`The month is blank: expected a date or a month such as 2017-10.`);
  let match = ISO_FORM.exec(text);
  if (match) {
    const month = checked(original, +match[1], +match[2], match[3], match.slice(4, 7), "");
    return match[7] === undefined ? month : ukLocalMonth(instant(match));
  }
  match = DAY_FIRST_FORM.exec(text);
  if (match) {
    if (match[4].length === 2 && match[2] !== "/") {
      throw new InputError(
        `${JSON.stringify(original)} is ambiguous: with a two-digit year it could be year-month-day or day-month-year. Write it as 01/10/2017 or 2017-10-01.`,
      );
    }
    const month = checked(original, fullYear(match[4]), +match[3], match[1], match.slice(5, 8), DAY_FIRST_HINT);
    return match[8] === undefined
      ? month
      : ukLocalMonth(instant([match[0], match[4], match[3], match[1], match[5], match[6], match[7], match[8]]));
  }
  match = NAMED_FORM.exec(text);
  const month = match ? monthOfName(match[2]) : undefined;
  if (match && month !== undefined) return checked(original, fullYear(match[3]), month, match[1], [], "");
  throw unreadable(original);
}

/** The UTC instant of a checked date-time with a zone: [_, year, month, day, hours, minutes, seconds, zone]. */
function instant(parts: readonly (string | undefined)[]): number {
  const [year, month, day, hours, minutes, seconds] = parts.slice(1, 7).map((p) => (p === undefined ? 0 : +p));
  const zone = parts[7] as string;
  const sign = zone.startsWith("-") ? -1 : 1;
  const offset = zone === "Z" ? 0 : sign * (+zone.slice(1, 3) * 60 + +zone.slice(-2));
  return Date.UTC(fullYear(String(year)), month - 1, day, hours, minutes - offset, seconds);
}

const DAY_FIRST_HINT = " (dates are read day first: 01/10/2017 is 1 October 2017)";

/** A two-digit year by Excel's rule (00-29 -> 20xx, 30-99 -> 19xx); four digits as written. */
function fullYear(digits: string): number {
  const year = Number(digits);
  if (digits.length === 4) return year;
  return year < 30 ? 2000 + year : 1900 + year;
}

/** The month index once the year, month, optional day and optional time are shown to exist. */
function checked(
  original: string,
  year: number,
  month: number,
  day: string | undefined,
  time: (string | undefined)[],
  hint: string,
): number {
  const quoted = JSON.stringify(original);
  if (month < 1 || month > 12) {
    throw new InputError(`${quoted} is not a date: there is no month ${month}${hint}.`);
  }
  if (year < 1900) throw new InputError(`${quoted} is not a date Excel can hold: the year ${year} is before 1900.`);
  if (day !== undefined && (+day < 1 || +day > daysInMonth(year, month))) {
    throw new InputError(`${quoted} is not a date: ${LONG_MONTH_NAMES[month - 1]} ${year} has no day ${+day}.`);
  }
  const [hours, minutes, seconds] = time.map((part) => (part === undefined ? 0 : +part));
  if (hours > 23 || minutes > 59 || seconds > 59)
    throw new InputError(`${quoted} is not a date-time: the time of day is impossible.`);
  return monthIndex(year, month);
}

function unreadable(value: unknown): InputError {
  const shown = typeof value === "string" ? JSON.stringify(value) : String(value);
  return new InputError(
    `The month ${shown} cannot be read: use a date, or a month such as 2017-10, Oct-17, Oct 2017, October 2017 or 01/10/2017 (day first).`,
  );
}
