import { monthIndex } from "./month-index";
import { monthOfName } from "./month-of-name";

/** A named period: its first and last month indices (see month-index), both included. */
export interface NamedPeriod {
  first: number;
  last: number;
}

const MONTH = "([a-z]{3,9}\\.?)";
const YEAR = "(\\d{4}|\\d{2})";
const DASH = "\\s*(?:-|\u2013|\u2014|to)\\s*";
/** "September 2015 to August 2016", "Sep 2015 - Aug 2016", "Nov 2016 – Oct 2017", "Nov 16 - Oct 17". */
const SPAN = new RegExp(`^${MONTH}\\s*'?${YEAR}${DASH}${MONTH}\\s*'?${YEAR}$`, "i");
/** "Jan-Dec 2024", "April - March 2017": both months named, one year, the one the period ends in. */
const SHORT_SPAN = new RegExp(`^${MONTH}${DASH}${MONTH}\\s*'?${YEAR}$`, "i");
/** "Year ending March 2017", "YE Mar 17", "12 months ending Oct 2017", "Rolling year to October 2017". */
const ENDING = new RegExp(
  `^(?:(?:the\\s+)?(?:year|ye|12\\s*months|rolling\\s+year|ry)\\s*(?:ending|ended|to)?)\\s*${MONTH}\\s*'?${YEAR}$`,
  "i",
);
/** "2015/16", "2015-16", "2015/2016", "FY 2015/16". */
const SPLIT_YEAR = /^(?:fy\s*)?(\d{4}|\d{2})\s*[/-]\s*(\d{4}|\d{2})$/i;

/**
 * Reads the name of a 12-month period as partners write it into the months it covers: a span of two
 * months ("September 2015 to August 2016", "Sep 2015 - Aug 2016", "Nov 2016 – Oct 2017" with an en
 * dash), a span inside one year ("Jan-Dec 2024"), a year ending ("Year ending March 2017", the ONS
 * way), or a split year ("2015/16") starting in the month the analyst gives (4 for April-March
 * financial years, 7 for July-June). The span must be exactly 12 months: "Apr 2017 - Oct 2017" is a
 * period, but not a year, and is not read here, so a 7-month count can never pass for a year's.
 *
 * A split year is the only form that does not say its months, so it is read only with `startMonth`;
 * a two-digit year is this century's ("Nov 16" is November 2016).
 *
 * Missing values: blank or non-text input is not a period (undefined).
 *
 * @param name the period's name as written
 * @param startMonth the month number (1-12) a split year such as "2015/16" starts in; omit to refuse split years
 * @returns the first and last months, or undefined when the name is not a 12-month period
 * @throws {RangeError} when `startMonth` is not a whole number from 1 to 12
 * @example
 * namedPeriod("September 2015 to August 2016"); // => { first: monthIndex(2015, 9), last: monthIndex(2016, 8) }
 * namedPeriod("2015/16", 7); // => { first: monthIndex(2015, 7), last: monthIndex(2016, 6) }
 */
export function namedPeriod(name: unknown, startMonth?: number): NamedPeriod | undefined {
  if (startMonth !== undefined && (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12)) {
    throw new RangeError(`The month a year starts in must be 1 to 12, not ${startMonth}.`);
  }
  if (typeof name !== "string") return undefined;
  const text = name.trim().replace(/\s+/g, " ");
  const span = SPAN.exec(text);
  if (span) return twelveMonths(at(span[1], span[2]), at(span[3], span[4]));
  const short = SHORT_SPAN.exec(text);
  if (short) {
    const last = at(short[2], short[3]);
    const firstMonth = monthOfName(short[1]);
    if (last === undefined || firstMonth === undefined) return undefined;
    // "Jan-Dec 2024" is in one year; "Apr-Mar 2017" is the year ending in March 2017.
    return twelveMonths(last - (((last % 12) - (firstMonth - 1) + 12) % 12), last);
  }
  const ending = ENDING.exec(text);
  if (ending) {
    const last = at(ending[1], ending[2]);
    return last === undefined ? undefined : { first: last - 11, last };
  }
  const split = SPLIT_YEAR.exec(text);
  if (split && startMonth !== undefined) return splitYear(split[1], split[2], startMonth);
  return undefined;
}

/** The month index of a month name and a year of two or four digits, or undefined. */
function at(month: string, year: string): number | undefined {
  const number = monthOfName(month);
  return number === undefined ? undefined : monthIndex(fullYear(year), number);
}

function twelveMonths(first: number | undefined, last: number | undefined): NamedPeriod | undefined {
  if (first === undefined || last === undefined || last - first !== 11) return undefined;
  return { first, last };
}

function splitYear(a: string, b: string, startMonth: number): NamedPeriod | undefined {
  const first = fullYear(a);
  const follows = b.length === 4 ? +b === first + 1 : +b === (first + 1) % 100;
  if (!follows) return undefined;
  const start = monthIndex(first, startMonth);
  return { first: start, last: start + 11 };
}

function fullYear(digits: string): number {
  return digits.length === 4 ? +digits : 2000 + +digits;
}
