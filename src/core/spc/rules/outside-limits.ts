import type { Marks, RuleInput } from "..";

/**
 * The first rule of every preset: a point strictly above the upper limit or strictly below the lower
 * limit (a point exactly on a limit is not a signal, as in NHSRplotthedots, MDC and qicharts2). The
 * limits are the group's, read once (they are the same at every point of a group).
 *
 * Missing values: none; the series has been checked.
 *
 * @param input the series, its group's limits and the group [start, end) to look in
 * @param marks written: `high` above the upper limit, `low` below the lower limit
 * @param high the mark of a point above (default +1; `signalCodes` passes the label's code)
 * @param low the mark of a point below (default -1)
 * @returns nothing; the marks are written in place
 * @throws never
 * @example
 * // values [5, 20, -9] with limits -8 .. 18 => marks [0, +1, -1]
 */
export function outsideLimits(input: RuleInput, marks: Marks, high = 1, low = -1): void {
  const { values, start, end } = input;
  const { upperLimit, lowerLimit } = input.limits;
  for (let i = start; i < end; i++) {
    if (values[i] > upperLimit) marks[i] = high;
    else if (values[i] < lowerLimit) marks[i] = low;
  }
}
