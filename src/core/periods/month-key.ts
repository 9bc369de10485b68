/**
 * The "YYYY-MM" key of a month index, as police.uk files write their Month column.
 *
 * @param index a month index (see `monthIndex`)
 * @returns the key, such as "2017-10"
 * @example
 * monthKey(monthIndex(2017, 10)); // => "2017-10"
 */
export function monthKey(index: number): string {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${year}-${month < 10 ? "0" : ""}${month}`;
}
