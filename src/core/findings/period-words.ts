import { monthName } from "../periods";

/**
 * A period in the words of the report's sentences: "November 2016 to October 2017" (seed 2.1), or one
 * month's name when the period is a single month.
 *
 * Missing values: none; the months are month indices (see periods/month-index).
 *
 * @param period the first and last month of the period
 * @returns the period in words
 * @throws never
 * @example
 * periodWords({ first: monthIndex(2016, 11), last: monthIndex(2017, 10) }); // => "November 2016 to October 2017"
 */
export function periodWords(period: { first: number; last: number }): string {
  return period.first === period.last
    ? monthName(period.last)
    : `${monthName(period.first)} to ${monthName(period.last)}`;
}
