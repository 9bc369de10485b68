import type { Marks, RuleInput } from "../types";

/**
 * The first rule of every preset: a point strictly above the upper limit or strictly below the lower
 * limit (a point exactly on a limit is not a signal, as in NHSRplotthedots, MDC and qicharts2).
 *
 * Missing values: none; the series has been checked.
 *
 * @param input the series, its lines and the group [start, end) to look in
 * @param marks written: +1 above the upper limit, -1 below the lower limit
 * @returns nothing; the marks are written in place
 * @throws never
 * @example
 * // values [5, 20, -9] with limits -8 .. 18 => marks [0, +1, -1]
 */
export function outsideLimits(input: RuleInput, marks: Marks): void {
  const { values, lines, start, end } = input;
  for (let i = start; i < end; i++) {
    if (values[i] > lines.upperLimit[i]) marks[i] = 1;
    else if (values[i] < lines.lowerLimit[i]) marks[i] = -1;
  }
}
