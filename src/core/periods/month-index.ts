/**
 * The month index of a calendar month: `year * 12 + (month - 1)`.
 *
 * Every module of the toolkit holds months as these integers (a Dataset's month column, rolling-year
 * windows, SPC series), because consecutive months are consecutive integers: the 12 months of a rolling
 * year ending at `m` are simply `m - 11 .. m`, and a financial year is a range too.
 *
 * @param year the four-digit year, such as 2017
 * @param month the month number, 1 (January) to 12 (December)
 * @returns the month index
 * @throws {RangeError} when `month` is not a whole number from 1 to 12
 * @example
 * monthIndex(2017, 10); // => 24213
 */
export function monthIndex(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`A month number must be 1 to 12, not ${month}.`);
  }
  return year * 12 + (month - 1);
}
