import { SHORT_MONTH_NAMES } from "./month-names";

/**
 * The short label of a month as the report's headings write it, such as "Oct 2017" in
 * "RY ending Oct 2017".
 *
 * @param index a month index (see `monthIndex`)
 * @returns the label, such as "Oct 2017"
 * @throws nothing; a non-integer index gives a meaningless label, so pass month indices only
 * @example
 * monthLabel(24213); // => "Oct 2017"
 */
export function monthLabel(index: number): string {
  const year = Math.floor(index / 12);
  return `${SHORT_MONTH_NAMES[index - year * 12]} ${year}`;
}
