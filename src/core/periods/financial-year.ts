import { InputError, OptionError } from "..";

/** A financial year: its first month and the label the report prints. */
export interface FinancialYear {
  /** The month index of the year's first month (April 2017 for 2017/18 by default). */
  startIndex: number;
  /** The month index of the year's last month, `startIndex + 11`. */
  endIndex: number;
  /** "2017/18" when the year spans two calendar years; "2017" when it starts in January. */
  label: string;
}

/**
 * The financial year holding a month. UK public bodies count years from April ("2017/18" is April
 * 2017 - March 2018, seed section 5.6); other partners start elsewhere, so the first month is a
 * parameter. A year starting in January is a calendar year and is labelled "2017".
 *
 * @param month the month index (see `monthIndex`)
 * @param startMonth the month number the year starts in, 1 to 12 (default 4, April)
 * @returns the year's first and last month indices and its label
 * @throws {InputError} when `startMonth` is not a whole number from 1 to 12, or `month` not a whole index
 * @example
 * financialYear(monthIndex(2018, 3)).label;    // => "2017/18"
 * financialYear(monthIndex(2018, 3), 1).label; // => "2018"
 */
export function financialYear(month: number, startMonth = 4): FinancialYear {
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
    throw new OptionError(`The start month must be a month number from 1 to 12, not ${String(startMonth)}.`);
  }
  if (!Number.isInteger(month)) throw new InputError(`The month must be a month, not ${String(month)}.`);
  const offset = startMonth - 1;
  const startYear = Math.floor((month - offset) / 12);
  const startIndex = startYear * 12 + offset;
  const endYear = startYear + (offset === 0 ? 0 : 1);
  const label = offset === 0 ? String(startYear) : `${startYear}/${String(endYear % 100).padStart(2, "0")}`;
  return { startIndex, endIndex: startIndex + 11, label };
}
