import { namedPeriod, type NamedPeriod } from "./named-period";
import { periodReader } from "./period-reader";

const SPLIT_YEAR = /^(?:fy\s*)?(\d{4}|\d{2})\s*[/-]\s*(\d{4}|\d{2})$/i;
const LENGTH = { month: 1, quarter: 3, year: 12 } as const;

/**
 * The months a column heading of a partner's table names, whatever the form: a named 12-month period
 * ("September 2015 to August 2016", "Year ending March 2017", "RY ending Oct 2017"), a month ("October
 * 2017", "Sep-17"), a quarter ("2017 Q3"), a calendar year ("2017") or a split year ("2015/16"): April to
 * March unless the analyst gives the month years start in (`startMonth` 7 for July to June).
 *
 * Missing values: a blank or non-period heading is undefined (a label or population column).
 *
 * @param heading the column heading
 * @param startMonth the month number split years start in (default 4, financial years)
 * @returns the first and last months, or undefined
 * @throws {RangeError} when `startMonth` is not 1 to 12
 * @example
 * periodHeading("2015/16", 7); // => { first: monthIndex(2015, 7), last: monthIndex(2016, 6) }
 * periodHeading("October 2017"); // => { first: monthIndex(2017, 10), last: monthIndex(2017, 10) }
 */
export function periodHeading(heading: unknown, startMonth?: number): NamedPeriod | undefined {
  const text = typeof heading === "number" ? String(heading) : typeof heading === "string" ? heading.trim() : "";
  if (text === "") return undefined;
  if (SPLIT_YEAR.test(text)) return namedPeriod(text, startMonth ?? 4);
  const named = namedPeriod(text, startMonth);
  if (named) return named;
  const reading = periodReader([text], "period");
  if (!reading) return undefined;
  const first = reading.read(text);
  return { first, last: first + LENGTH[reading.unit] - 1 };
}
