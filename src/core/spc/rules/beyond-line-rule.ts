import { centreSides } from "./centre-sides";
import type { Marks, RuleInput } from "../types";

/** How a "k of m beyond a line" rule is read; the presets differ on each point. */
export interface BeyondLineRule {
  /** How many of the window's points must be beyond the line (2 for "2 of 3"). */
  count: number;
  /** The window, in consecutive points (3 for "2 of 3"). */
  window: number;
  /** The line, in sigmas from the centre line (2 for "2 of 3", 1 for WECO "4 of 5"). */
  sigmas: number;
  /** Every point of the window must be on the same side of the centre line (MDC, NHSR). */
  wholeWindowSameSide: boolean;
  /** Points beyond the control limits do not count (NHSRplotthedots' "close to limits"). */
  excludeBeyondLimits: boolean;
}

/**
 * The zone rules: at least `count` of `window` consecutive points strictly beyond a line `sigmas` from
 * the centre line on the same side. Only the points beyond the line are marked. Used for MDC's and
 * NHSRplotthedots' "2 of 3" (with their differences as options) and Western Electric's 2 of 3 beyond
 * 2 sigma and 4 of 5 beyond 1 sigma. Linear: each window has a fixed size.
 *
 * Missing values: none; the series has been checked.
 *
 * @param input the series, its lines and the group [start, end) to look in
 * @param marks written: +1 on the marked points above, -1 below
 * @param rule the count, window, line and options
 * @returns nothing; the marks are written in place
 * @throws never
 * @example
 * // centre 0, sigma 1, values [2.5, 0.5, 2.1], 2 of 3 beyond 2 sigma => points 1 and 3 marked +1
 */
export function beyondLineRule(input: RuleInput, marks: Marks, rule: BeyondLineRule): void {
  const { start, end } = input;
  const { count, window, wholeWindowSameSide } = rule;
  const beyond = beyondSides(input, rule);
  const sides = input.sides ?? centreSides(input);
  // Counts inside the sliding window [first, i], indexed by side + 1 (0 below, 2 above): adding the
  // newest point and dropping the oldest is then one increment each, with no branch on the side.
  const beyondCount = [0, 0, 0];
  const sideCount = [0, 0, 0];
  for (let i = start; i < end; i++) {
    beyondCount[beyond[i] + 1]++;
    sideCount[sides[i] + 1]++;
    const first = i - window + 1;
    if (first < start) continue;
    if (beyondCount[2] >= count && (!wholeWindowSameSide || sideCount[2] === window)) markWindow(beyond, marks, first, window, 1);
    if (beyondCount[0] >= count && (!wholeWindowSameSide || sideCount[0] === window)) markWindow(beyond, marks, first, window, -1);
    beyondCount[beyond[first] + 1]--;
    sideCount[sides[first] + 1]--;
  }
}

/** +1 for a point beyond the line above the centre, -1 below, 0 otherwise; one entry per point of the series. */
function beyondSides(input: RuleInput, rule: BeyondLineRule): Int8Array {
  const { values, lines, start, end } = input;
  const beyond = new Int8Array(values.length);
  for (let i = start; i < end; i++) {
    // Worked as centre + 2 x sigma, exactly as the two-sigma lines are, so a point on a line is not beyond it.
    const offset = rule.sigmas * lines.sigma[i];
    if (values[i] > lines.centreLine[i] + offset && !(rule.excludeBeyondLimits && values[i] > lines.upperLimit[i])) beyond[i] = 1;
    else if (values[i] < lines.centreLine[i] - offset && !(rule.excludeBeyondLimits && values[i] < lines.lowerLimit[i])) beyond[i] = -1;
  }
  return beyond;
}

/** Marks the points of the window [first, first + window) beyond the line on `side`. */
function markWindow(beyond: Int8Array, marks: Marks, first: number, window: number, side: number): void {
  for (let i = first; i < first + window; i++) if (beyond[i] === side) marks[i] = side;
}
