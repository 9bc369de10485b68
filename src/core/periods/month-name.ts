import { LONG_MONTH_NAMES } from "./month-names";

/**
 * The full name of a month, as the report's section titles write it ("November 2016 - October 2017").
 *
 * @param index a month index (see `monthIndex`)
 * @returns the name, such as "October 2017"
 * @throws nothing; a non-integer index gives a meaningless name, so pass month indices only
 * @example
 * monthName(24213); // => "October 2017"
 */
export function monthName(index: number): string {
  const year = Math.floor(index / 12);
  return `${LONG_MONTH_NAMES[index - year * 12]} ${year}`;
}
