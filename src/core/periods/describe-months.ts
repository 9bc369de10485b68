import { monthLabel } from "./month-label";

/**
 * A list of months in words for an error message, with runs of consecutive months shortened to a span:
 * [Jun, Jul, Aug 2017, Oct 2017] -> "Jun 2017 - Aug 2017, Oct 2017". Used to name the months missing
 * from a window, so that a year of missing data reads as one span, not twelve names.
 *
 * @param months month indices, in any order; duplicates are ignored
 * @returns the description, "" for no months
 * @throws nothing
 * @example
 * describeMonths([24213, 24211, 24210]); // => "Jul 2017 - Aug 2017, Oct 2017"
 */
export function describeMonths(months: readonly number[]): string {
  const sorted = [...new Set(months)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j === i ? monthLabel(sorted[i]) : `${monthLabel(sorted[i])} - ${monthLabel(sorted[j])}`);
    i = j + 1;
  }
  return parts.join(", ");
}
