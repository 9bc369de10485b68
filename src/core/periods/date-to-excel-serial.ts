import { InputError } from "..";
import { daysInMonth } from "./days-in-month";

/**
 * The Excel serial date number (1900 date system) of a calendar date: the inverse of
 * `excelSerialToDate`. Dates before 1 March 1900 are counted as Excel counts them, one lower than the
 * plain day count because of Excel's fictitious 29 February 1900 (serial 60), which is accepted too.
 *
 * Uses Howard Hinnant's `days_from_civil` algorithm, with no `Date` and so no time zone.
 *
 * Missing values: none accepted; every part must be a whole number.
 *
 * @param year the four-digit year, 1900 to 9999
 * @param month the month number, 1 to 12
 * @param day the day of the month
 * @returns the serial number, such as 43009 for 1 October 2017
 * @throws {InputError} when the date does not exist or lies outside Excel's 1900-9999 range
 * @example
 * dateToExcelSerial(2017, 10, 1); // => 43009
 * dateToExcelSerial(1970, 1, 1);  // => 25569
 */
export function dateToExcelSerial(year: number, month: number, day: number): number {
  const excelLeapDay = year === 1900 && month === 2 && day === 29;
  if (!excelLeapDay && !isExcelDate(year, month, day)) {
    throw new InputError(`${year}-${month}-${day} is not a date Excel can hold (1 January 1900 to 31 December 9999).`);
  }
  if (excelLeapDay) return 60;
  const serial = daysFromCivil(year, month, day) + 25569;
  return serial < 61 ? serial - 1 : serial;
}

function isExcelDate(year: number, month: number, day: number): boolean {
  return (
    [year, month, day].every(Number.isInteger) &&
    year >= 1900 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Hinnant's days_from_civil: days since 1970-01-01 of a proleptic Gregorian date. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}
