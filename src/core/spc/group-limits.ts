import { InputError } from "..";
import { cLimits } from "./c-limits";
import { xmrLimits } from "./xmr-limits";
import type { GroupLimits, GroupSpan, SpcChart } from "./types";

/**
 * The limits of each group of limits, once per group: each group's centre line, limits, two-sigma lines
 * and sigma from its own points, or, with a fixed baseline, from its first `baselinePoints` points (as
 * NHSRplotthedots' `fix_after_n_points` and qicharts2's `freeze` do); a group shorter than the baseline
 * uses all its points. `spreadLines` spreads these over every point; the custom functions shape a spill
 * from them directly. A typed-array series is read in place (subarray); a plain array's baseline is
 * copied once.
 *
 * Missing values: none; the caller has checked every value is a finite number.
 *
 * @param values the series
 * @param groups the groups from `spcGroups`: in order, together covering every point once
 * @param chart "XMR" or "C"
 * @param baselinePoints points per group the limits come from (undefined: all of them)
 * @param screening screen the XmR moving ranges
 * @returns one `GroupLimits` per group, in the groups' order
 * @throws {InputError} when `baselinePoints` is not a whole number of at least 2
 * @example
 * groupLimits([1, 2, 3, 10], [{ start: 0, end: 4 }], "XMR", 3, false)[0].centreLine; // => 2
 */
export function groupLimits(
  values: readonly number[] | Float64Array,
  groups: readonly GroupSpan[],
  chart: SpcChart,
  baselinePoints: number | undefined,
  screening: boolean,
): GroupLimits[] {
  if (baselinePoints !== undefined && (!Number.isInteger(baselinePoints) || baselinePoints < 2)) {
    throw new InputError(`Baseline points must be a whole number of at least 2, not ${baselinePoints}.`);
  }
  return groups.map(({ start, end }) => {
    const baselineEnd = baselinePoints === undefined ? end : Math.min(end, start + baselinePoints);
    const whole = start === 0 && baselineEnd === values.length; // the usual case: the series itself, no view to make
    const baseline = whole
      ? values
      : values instanceof Float64Array
        ? values.subarray(start, baselineEnd)
        : values.slice(start, baselineEnd);
    return chart === "C" ? cLimits(baseline) : xmrLimits(baseline, screening);
  });
}
