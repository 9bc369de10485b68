import { InputError } from "..";
import { cellText } from "../cells";
import { parseMonth } from "./parse-month";
import { monthIndex } from "./month-index";
import { namedPeriod } from "./named-period";
import { LONG_MONTH_NAMES } from "./month-names";

/** How long each period of a column is. */
export type PeriodUnit = "month" | "quarter" | "year";

/** How a column's periods are read: the unit, the month years start in, and the reader itself. */
export interface PeriodReading {
  unit: PeriodUnit;
  /** The month number years start in: 1 for calendar years and quarters, 4 for financial years. */
  yearStart: number;
  /** What the column holds, in words: "months", "calendar years", "financial years (April to March)". */
  words: string;
  /**
   * The month index of the first month of a value's period (April 2019 for "2019/20").
   * @throws {InputError} naming the value when it is not a period of this kind
   */
  read(value: unknown): number;
}

const YEAR = /^(\d{4})$/;
/** "2019/20", "2019-20", "2019/2020", "FY 2019/20", "FY19/20". */
const FINANCIAL_YEAR = /^(?:fy\s*)?(\d{4}|\d{2})\s*[/-]\s*(\d{4}|\d{2})$/i;
/** "2019 Q1", "2019-Q1", "2019Q1", "Q1 2019", "Q1-2019". */
const QUARTER = [/^(\d{4})\s*[- ]?\s*q([1-4])$/i, /^q([1-4])\s*[- ]?\s*(\d{4})$/i];
/** A financial-year quarter: "2019/20 Q1" (April to June 2019). */
const FY_QUARTER = /^(?:fy\s*)?(\d{4})\s*[/-]\s*(\d{2})\s*[- ]?\s*q([1-4])$/i;
const FY_HEADER = /\b(financial|fiscal|fy)\b/;

/**
 * Decides how a column of periods is read, from its header and sampled values: months (any form
 * `parseMonth` reads, timestamps turned into UK time), quarters ("2019 Q1", "Q1 2019", "2019/20 Q1"),
 * calendar years (2019), financial years ("2019/20", "2019-20", "FY 2019/20", April to March), or
 * named 12-month periods as partners head them ("September 2015 to August 2016", "Nov 2016 – Oct 2017",
 * "Year ending March 2017", see `namedPeriod`), read as years starting in their first month when every
 * value starts in the same month (September for the seed's hospital admissions).
 *
 * "2011-12" reads both as December 2011 and as the financial year 2011/12, so a column is taken as
 * financial years only when its header says so (financial, fiscal, FY) or some value can only be a
 * financial year ("2012-13": there is no month 13); otherwise it is months. A four-digit whole number
 * is a year, never an Excel serial date (serials of this century are five digits).
 *
 * Missing values: blank cells are left out of the sample; `read` throws on blank, and the readers drop
 * such rows before asking.
 *
 * @param values the column's sampled values (blanks allowed)
 * @param header the column's header text
 * @returns the reading, or undefined when the values are not periods of one kind
 * @throws never
 * @example
 * periodReader(["2008/09", "2009/10"], "Year").read("2009/10"); // => monthIndex(2009, 4)
 */
export function periodReader(values: readonly unknown[], header: string): PeriodReading | undefined {
  const filled = values.filter((v) => cellText(v) !== "");
  if (filled.length === 0) return undefined;
  const fits = (read: (v: unknown) => number | undefined) => filled.every((v) => read(v) !== undefined);
  const named = namedYears(filled);
  if (named) return named;
  const fyHeader = FY_HEADER.test(header.toLowerCase().replace(/[_.]+/g, " "));
  if (fits(financialYear) && (fyHeader || filled.some((v) => !readsAsMonth(v)))) {
    return reading("year", 4, "financial years (April to March)", financialYear, "a financial year such as 2019/20");
  }
  if (fits(calendarYear)) return reading("year", 1, "calendar years", calendarYear, "a year such as 2019");
  if (fits(financialQuarter))
    return reading("quarter", 4, "quarters of financial years", financialQuarter, "a quarter such as 2019/20 Q1");
  if (fits(quarter)) return reading("quarter", 1, "quarters", quarter, "a quarter such as 2019 Q1");
  if (filled.every(readsAsMonth)) return { unit: "month", yearStart: 1, words: "months", read: parseMonth };
  return undefined;
}

/** Named 12-month periods that all start in the same month, read as years starting in that month. */
function namedYears(filled: readonly unknown[]): PeriodReading | undefined {
  const periods = filled.map((v) => namedPeriod(cellText(v)));
  if (periods.some((p) => p === undefined)) return undefined;
  const start = ((periods[0] as { first: number }).first % 12) + 1;
  if (periods.some((p) => ((p as { first: number }).first % 12) + 1 !== start)) return undefined;
  const end = LONG_MONTH_NAMES[(start + 10) % 12];
  const words = `12-month periods (${LONG_MONTH_NAMES[start - 1]} to ${end})`;
  return reading(
    "year",
    start,
    words,
    (v) => namedPeriod(cellText(v))?.first,
    "a period such as September 2015 to August 2016",
  );
}

function reading(
  unit: PeriodUnit,
  yearStart: number,
  words: string,
  parse: (v: unknown) => number | undefined,
  example: string,
): PeriodReading {
  return {
    unit,
    yearStart,
    words,
    read(value) {
      const month = parse(value);
      if (month === undefined)
        throw new InputError(
          `The period ${JSON.stringify(cellText(value))} cannot be read: the column holds ${words}, so expected ${example}.`,
        );
      return month;
    },
  };
}

function readsAsMonth(value: unknown): boolean {
  try {
    parseMonth(value);
    return true;
  } catch {
    return false;
  }
}

function calendarYear(value: unknown): number | undefined {
  const match = YEAR.exec(cellText(value));
  const year = match ? +match[1] : NaN;
  return year >= 1900 && year <= 2200 ? monthIndex(year, 1) : undefined;
}

function financialYear(value: unknown): number | undefined {
  const match = FINANCIAL_YEAR.exec(cellText(value));
  if (!match) return undefined;
  const first = fullYear(match[1]);
  const second = match[2].length === 4 ? +match[2] : (first + 1) % 100;
  const follows = match[2].length === 4 ? second === first + 1 : +match[2] === second;
  return follows && first >= 1900 ? monthIndex(first, 4) : undefined;
}

function quarter(value: unknown): number | undefined {
  const text = cellText(value);
  const a = QUARTER[0].exec(text);
  if (a) return monthIndex(+a[1], 1) + 3 * (+a[2] - 1);
  const b = QUARTER[1].exec(text);
  return b ? monthIndex(+b[2], 1) + 3 * (+b[1] - 1) : undefined;
}

function financialQuarter(value: unknown): number | undefined {
  const match = FY_QUARTER.exec(cellText(value));
  if (!match || (+match[1] + 1) % 100 !== +match[2]) return undefined;
  return monthIndex(+match[1], 4) + 3 * (+match[3] - 1);
}

function fullYear(digits: string): number {
  return digits.length === 4 ? +digits : 2000 + +digits;
}
