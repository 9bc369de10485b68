import { namedPeriod, type NamedPeriod } from "./named-period";
import { periodReader } from "./period-reader";
import { monthOfName } from "./month-of-name";
import { monthIndex } from "./month-index";

const SPLIT_YEAR = /^(?:fy\s*)?(\d{4}|\d{2})\s*[/-]\s*(\d{4}|\d{2})$/i;
const LENGTH = { month: 1, quarter: 3, year: 12 } as const;
/** "Apr 2017 - Oct 2017", "April 2017 to October 2017": a span of months shorter than a year (seed 3.2's wards). */
const SHORT_SPAN = /^([a-z]{3,9})\.?\s*'?(\d{4}|\d{2})\s*(?:-|\u2013|\u2014|to)\s*([a-z]{3,9})\.?\s*'?(\d{4}|\d{2})$/i;

/**
 * The months a column heading of a partner's table names, whatever the form: a named 12-month period
 * ("September 2015 to August 2016", "Year ending March 2017", "RY ending Oct 2017"), a month ("October
 * 2017", "Sep-17"), a quarter ("2017 Q3"), a calendar year ("2017") or a split year ("2015/16"): April to
 * March unless the analyst gives the month years start in (`startMonth` 7 for July to June), or a span of
 * months shorter than a year ("Apr 2017 - Oct 2017", seed 3.2's wards), which is compared only with a span
 * as long.
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
  const named = namedPeriod(text, startMonth) ?? shortSpan(text);
  if (named) return named;
  const reading = periodReader([text], "period");
  if (!reading) return undefined;
  const first = reading.read(text);
  return { first, last: first + LENGTH[reading.unit] - 1 };
}

/** A span of 1 to 11 months written with both ends ("Apr 2017 - Oct 2017"); a year's span is `namedPeriod`'s. */
function shortSpan(text: string): NamedPeriod | undefined {
  const span = SHORT_SPAN.exec(text);
  if (!span) return undefined;
  const [a, b] = [monthOfName(span[1]), monthOfName(span[3])];
  if (a === undefined || b === undefined) return undefined;
  const year = (digits: string) => (digits.length === 4 ? +digits : 2000 + +digits);
  const first = monthIndex(year(span[2]), a);
  const last = monthIndex(year(span[4]), b);
  return last >= first && last - first < 11 ? { first, last } : undefined;
}
