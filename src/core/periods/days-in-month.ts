/**
 * The number of days in a calendar month of the Gregorian calendar (leap years: every 4th year, except
 * century years not divisible by 400). Used to reject impossible dates such as 31/02/2017 rather than
 * letting them roll into the next month.
 *
 * @param year the four-digit year
 * @param month the month number, 1 to 12
 * @returns 28, 29, 30 or 31
 * @throws nothing; a month outside 1-12 gives NaN
 * @example
 * daysInMonth(2016, 2); // => 29
 * daysInMonth(1900, 2); // => 28
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return DAYS[month - 1] ?? NaN;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
