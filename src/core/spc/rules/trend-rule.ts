import type { Marks, RuleInput } from "../types";

/**
 * A trend: `length` consecutive points each strictly higher (or lower) than the one before, counting
 * both end points (so `length - 1` strict steps), as MDC (6) and NHSRplotthedots (7) define it. Equal
 * neighbours break a trend. Every point of the trend is marked. A point that ends a rising trend and
 * starts a falling one takes the direction of the step to its right, as NHSRplotthedots does.
 *
 * Missing values: none; the series has been checked.
 *
 * @param input the series and the group [start, end) to look in (the lines are not used)
 * @param marks written: `high` on the points of a rising trend, `low` falling
 * @param length points in the shortest trend that is a signal (at least 2)
 * @param high the mark of a rising trend (default +1; `signalCodes` passes the label's code)
 * @param low the mark of a falling trend (default -1)
 * @returns nothing; the marks are written in place
 * @throws never
 * @example
 * // values [1, 2, 3, 4, 5, 6], length 6 => every point +1; [1, 2, 2, 3, 4, 5] => none (the tie breaks it)
 */
export function trendRule(input: RuleInput, marks: Marks, length: number, high = 1, low = -1): void {
  const { values, start, end } = input;
  let direction = 0;
  let runStart = start;
  for (let i = start + 1; i <= end; i++) {
    const step = i < end ? Number(values[i] > values[i - 1]) - Number(values[i] < values[i - 1]) : 0;
    if (step !== 0 && step === direction) continue;
    // The stretch runStart..i-1 moved in `direction` at every step.
    if (direction !== 0 && i - runStart >= length) marks.fill(direction > 0 ? high : low, runStart, i);
    direction = step;
    runStart = i - 1;
  }
}
