import { excelSerialToDate } from "./excel-serial-to-date";
import { monthIndex } from "./month-index";

/**
 * The month index (see `monthIndex`) of an Excel serial date in the 1900 date system: any day of a
 * month, with or without a time of day, gives that month. This is how a column of Excel dates becomes
 * the toolkit's integer months.
 *
 * Missing values: a blank, NaN or non-number is not a date and throws.
 *
 * @param serial the Excel serial date, 1 to 2958465, fraction (time of day) allowed
 * @returns the month index, year * 12 + month - 1
 * @throws {InputError} when `serial` is not a number from 1 to 2958465
 * @example
 * excelSerialToMonth(43039.5); // => 24213  (31 Oct 2017 noon: October 2017)
 */
export function excelSerialToMonth(serial: number): number {
  const { year, month } = excelSerialToDate(serial);
  return monthIndex(year, month);
}
