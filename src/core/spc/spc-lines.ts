import { InputError } from "../errors";
import { cLimits } from "./c-limits";
import { xmrLimits } from "./xmr-limits";
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
  if (baselinePoints !== undefined && (!Number.isInteger(baselinePoints) || baselinePoints < 2)) {
    throw new InputError(`Baseline points must be a whole number of at least 2, not ${baselinePoints}.`);
  }
  // Arrays grown by push stay packed, which keeps the rules' reads fast on long series.
  const lines: SpcLines = { centreLine: [], lowerLimit: [], upperLimit: [], lowerTwoSigma: [], upperTwoSigma: [], sigma: [] };
  for (const { start, end } of groups) {
    const baselineEnd = baselinePoints === undefined ? end : Math.min(end, start + baselinePoints);
    const baseline = values.slice(start, baselineEnd);
    const limits = chart === "C" ? cLimits(baseline) : xmrLimits(baseline, screening);
    for (let i = start; i < end; i++) {
      lines.centreLine.push(limits.centreLine);
      lines.lowerLimit.push(limits.lowerLimit);
      lines.upperLimit.push(limits.upperLimit);
      lines.lowerTwoSigma.push(limits.lowerTwoSigma);
      lines.upperTwoSigma.push(limits.upperTwoSigma);
      lines.sigma.push(limits.sigma);
    }
  }
  return lines;
}
