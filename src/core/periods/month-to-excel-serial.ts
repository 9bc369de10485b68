import { dateToExcelSerial } from "./date-to-excel-serial";

/**
 * The Excel serial date (1900 date system) of the first day of a month index, the value to write into
 * a cell so that Excel shows the month with a date format such as "mmm-yy". The inverse of
 * `excelSerialToMonth` for first days.
 *
 * @param index a month index (see `monthIndex`) between January 1900 and December 9999
 * @returns the serial number of the month's first day
 * @throws {InputError} when the month lies outside Excel's date range
 * @example
 * monthToExcelSerial(24213); // => 43009  (1 October 2017)
 */
export function monthToExcelSerial(index: number): number {
  const year = Math.floor(index / 12);
  return dateToExcelSerial(year, index - year * 12 + 1, 1);
}
