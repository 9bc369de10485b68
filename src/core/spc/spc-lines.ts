import { groupLimits } from "./group-limits";
import { spreadLines } from "./spread-lines";
import type { GroupSpan, SpcChart, SpcLines } from "./types";

/**
 * The centre line, limits, two-sigma lines and sigma of every point: each group's limits computed from
 * its own points (or, with a fixed baseline, from its first `baselinePoints` points, as NHSRplotthedots'
 * `fix_after_n_points` and qicharts2's `freeze` do) and applied to every point of the group. A group
 * shorter than the baseline uses all its points.
 *
 * Missing values: none; the caller has run `checkValues`.
 *
 * @param values the series
 * @param groups the groups from `spcGroups`: in order, together covering every point once
 * @param chart "XMR" or "C"
 * @param baselinePoints points per group the limits come from (undefined: all of them)
 * @param screening screen the XmR moving ranges
 * @returns one entry per point in each line
 * @throws {InputError} when `baselinePoints` is not a whole number of at least 2
 * @example
 * spcLines([1, 2, 3, 10], [{ start: 0, end: 4 }], "XMR", 3, false).centreLine; // => [2, 2, 2, 2]
 */
export function spcLines(
  values: readonly number[],
  groups: readonly GroupSpan[],
  chart: SpcChart,
  baselinePoints: number | undefined,
  screening: boolean,
): SpcLines {
  return spreadLines(values.length, groups, groupLimits(values, groups, chart, baselinePoints, screening));
}
