import { InputError } from "../errors";
import { cLimits } from "./c-limits";
import { xmrLimits } from "./xmr-limits";
import type { GroupSpan, SpcChart, SpcLines } from "./types";

/** The lines a group shares, by name (the same names in `GroupLimits` and `SpcLines`). */
const LINES = ["centreLine", "lowerLimit", "upperLimit", "lowerTwoSigma", "upperTwoSigma", "sigma"] as const;

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
  if (baselinePoints !== undefined && (!Number.isInteger(baselinePoints) || baselinePoints < 2)) {
    throw new InputError(`Baseline points must be a whole number of at least 2, not ${baselinePoints}.`);
  }
  // Each line is allocated once at full length and each group's value filled in one call: growing six
  // arrays point by point with push was most of the engine's time on long series.
  const lines: SpcLines = {
    centreLine: new Array<number>(values.length),
    lowerLimit: new Array<number>(values.length),
    upperLimit: new Array<number>(values.length),
    lowerTwoSigma: new Array<number>(values.length),
    upperTwoSigma: new Array<number>(values.length),
    sigma: new Array<number>(values.length),
  };
  for (const { start, end } of groups) {
    const baselineEnd = baselinePoints === undefined ? end : Math.min(end, start + baselinePoints);
    const baseline = values.slice(start, baselineEnd);
    const limits = chart === "C" ? cLimits(baseline) : xmrLimits(baseline, screening);
    for (const line of LINES) lines[line].fill(limits[line], start, end);
  }
  return lines;
}
