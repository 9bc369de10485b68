import type { Marks, RuleInput } from "..";

/**
 * A trend: `length` consecutive points each strictly higher (or lower) than the one before, counting
 * both end points (so `length - 1` strict steps), as MDC (6) and NHSRplotthedots (7) define it. Equal
 * neighbours break a trend. Every point of the trend is marked. A point that ends a rising trend and
 * starts a falling one takes the direction of the step to its right, as NHSRplotthedots does.
 *
 * Missing values: none; the series has been checked.
 *
 * @param input the series and the group [start, end) to look in (the limits are not used)
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
  // The strict steps up (and down) in a row that end at point i, counted without a branch per point (a
  // noisy series turns at random, so a branch on the direction is mispredicted about half the time):
  // a trend is marked whole when it reaches `length` points, then point by point while it goes on.
  // A later trend marks after an earlier one, so a turning point takes the direction to its right.
  let up = 0;
  let down = 0;
  for (let i = start + 1; i < end; i++) {
    up = (up + 1) * Number(values[i] > values[i - 1]);
    down = (down + 1) * Number(values[i] < values[i - 1]);
    if (up >= length - 1) markTrend(marks, i, up, length, high);
    if (down >= length - 1) markTrend(marks, i, down, length, low);
  }
}

/** Marks point i of a trend of `steps` steps ending there, and the points before it when it has just reached `length` points. */
function markTrend(marks: Marks, i: number, steps: number, length: number, mark: number): void {
  if (steps === length - 1) marks.fill(mark, i - steps, i + 1);
  else marks[i] = mark;
}
