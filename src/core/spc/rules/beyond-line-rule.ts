import { centreSides } from "./centre-sides";
import type { Marks, RuleInput } from "..";

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

/** The band a point must be in to count: above `above` and at most `highest`, or below `below` and at least `lowest`. */
interface ZoneLines {
  above: number;
  below: number;
  /** The upper limit where points beyond the limits do not count, else +Infinity. */
  highest: number;
  /** The lower limit where points beyond the limits do not count, else -Infinity. */
  lowest: number;
}

/**
 * The zone rules: at least `count` of `window` consecutive points strictly beyond a line `sigmas` from
 * the centre line on the same side. Only the points beyond the line are marked. Used for MDC's and
 * NHSRplotthedots' "2 of 3" (with their differences as options) and Western Electric's 2 of 3 beyond
 * 2 sigma and 4 of 5 beyond 1 sigma. Linear: each window has a fixed size. A point's place beyond the
 * line is worked again where it is needed (two comparisons) rather than kept in an array of its own.
 *
 * Missing values: none; the series has been checked.
 *
 * @param input the series, its group's limits and the group [start, end) to look in
 * @param marks written: `high` on the marked points above, `low` below
 * @param rule the count, window, line and options
 * @param high the mark of a point above (default +1; `signalCodes` passes the label's code)
 * @param low the mark of a point below (default -1)
 * @returns nothing; the marks are written in place
 * @throws never
 * @example
 * // centre 0, sigma 1, values [2.5, 0.5, 2.1], 2 of 3 beyond 2 sigma => points 1 and 3 marked +1
 */
export function beyondLineRule(input: RuleInput, marks: Marks, rule: BeyondLineRule, high = 1, low = -1): void {
  const { values, start, end } = input;
  const { count, window, wholeWindowSameSide } = rule;
  const zone = zoneLines(input, rule);
  const sides = input.sides ?? centreSides(input);
  // Counts of the points beyond the line inside the sliding window [first, i], with no branch on the
  // side (side * side + side is 2 above, 0 below). Whether the whole window is on that side is only
  // asked of a window with enough points beyond the line, which few are.
  let above = 0;
  let below = 0;
  for (let i = start; i < end; i++) {
    const side = beyondSide(values[i], zone);
    above += (side * side + side) >> 1;
    below += (side * side - side) >> 1;
    const first = i - window + 1;
    if (first < start) continue;
    if (above >= count && (!wholeWindowSameSide || onSide(sides, first, window, 1)))
      markWindow(values, zone, marks, first, window, 1, high);
    if (below >= count && (!wholeWindowSameSide || onSide(sides, first, window, -1)))
      markWindow(values, zone, marks, first, window, -1, low);
    const dropped = beyondSide(values[first], zone);
    above -= (dropped * dropped + dropped) >> 1;
    below -= (dropped * dropped - dropped) >> 1;
  }
}

/** True when every point of the window [first, first + window) is on `side` of the centre line. */
function onSide(sides: Int8Array, first: number, window: number, side: number): boolean {
  for (let i = first; i < first + window; i++) if (sides[i] !== side) return false;
  return true;
}

/** The group's line `sigmas` above and below its centre line, worked as centre + 2 x sigma exactly as the two-sigma lines are, so a point on a line is not beyond it. */
function zoneLines(input: RuleInput, rule: BeyondLineRule): ZoneLines {
  const { limits } = input;
  const offset = rule.sigmas * limits.sigma;
  return {
    above: limits.centreLine + offset,
    below: limits.centreLine - offset,
    highest: rule.excludeBeyondLimits ? limits.upperLimit : Infinity,
    lowest: rule.excludeBeyondLimits ? limits.lowerLimit : -Infinity,
  };
}

/** +1 beyond the line above, -1 below, 0 otherwise; without a branch (a noisy series crosses the lines at random). */
function beyondSide(value: number, zone: ZoneLines): number {
  return (
    (Number(value > zone.above) & Number(value <= zone.highest)) -
    (Number(value < zone.below) & Number(value >= zone.lowest))
  );
}

function markWindow(
  values: ArrayLike<number>,
  zone: ZoneLines,
  marks: Marks,
  first: number,
  window: number,
  side: number,
  mark: number,
): void {
  for (let i = first; i < first + window; i++) if (beyondSide(values[i], zone) === side) marks[i] = mark;
}
