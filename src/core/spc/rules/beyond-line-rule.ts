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
  const beyond = beyondSides(input, rule);
  const side = new Int8Array(end - start);
  for (let i = start; i < end; i++) side[i - start] = Math.sign(input.values[i] - input.lines.centreLine[i]);
  // Counts inside the sliding window [first, first + window): beyond the line above/below, on each side.
  const count = { beyondUp: 0, beyondDown: 0, up: 0, down: 0 };
  const tally = (k: number, by: number) => {
    if (beyond[k] > 0) count.beyondUp += by;
    if (beyond[k] < 0) count.beyondDown += by;
    if (side[k] > 0) count.up += by;
    if (side[k] < 0) count.down += by;
  };
  for (let k = 0; k < end - start; k++) {
    tally(k, 1);
    const first = k - rule.window + 1;
    if (first < 0) continue;
    if (count.beyondUp >= rule.count && (!rule.wholeWindowSameSide || count.up === rule.window)) markWindow(beyond, marks, start + first, first, rule.window, 1);
    if (count.beyondDown >= rule.count && (!rule.wholeWindowSameSide || count.down === rule.window)) markWindow(beyond, marks, start + first, first, rule.window, -1);
    tally(first, -1);
  }
}

/** +1 for a point beyond the line above the centre, -1 below, 0 otherwise; one entry per point of the group. */
function beyondSides(input: RuleInput, rule: BeyondLineRule): Int8Array {
  const { values, lines, start, end } = input;
  const beyond = new Int8Array(end - start);
  for (let i = start; i < end; i++) {
    // Worked as centre + 2 x sigma, exactly as the two-sigma lines are, so a point on a line is not beyond it.
    const offset = rule.sigmas * lines.sigma[i];
    if (values[i] > lines.centreLine[i] + offset && !(rule.excludeBeyondLimits && values[i] > lines.upperLimit[i])) beyond[i - start] = 1;
    else if (values[i] < lines.centreLine[i] - offset && !(rule.excludeBeyondLimits && values[i] < lines.lowerLimit[i])) beyond[i - start] = -1;
  }
  return beyond;
}

/** Marks the points of the window beyond the line on `side`. */
function markWindow(beyond: Int8Array, marks: Marks, at: number, first: number, window: number, side: number): void {
  for (let k = 0; k < window; k++) if (beyond[first + k] === side) marks[at + k] = side;
}
