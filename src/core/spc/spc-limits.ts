import { groupLimits } from "./group-limits";
import { presetScreening } from "./preset-screening";
import { spcGroups } from "./spc-groups";
import type { SpcGroupLimits, SpcOptions } from "./types";

/**
 * The first step of every SPC reading: the series split into groups of limits at the rebase points
 * (`spcGroups`, as NHSRplotthedots' `rebase`), and each group's limits worked once (`groupLimits`:
 * XmR or c chart, from all its points or a fixed baseline of its first N), the preset deciding
 * moving-range screening. `spcAnalysis` spreads these over every point; the custom functions shape
 * their spills from them directly, so both read the same limits from one path. Linear in the points.
 *
 * Missing values: none; the caller has run `checkValues` (a typed-array series is read in place).
 *
 * @param values the checked series, in time order
 * @param options chart ("XMR"), rebaseAt (1-based points, []), baselinePoints (all), rules ("MDC", for
 *   screening); improvement is not read
 * @returns the groups and one set of limits per group
 * @throws {InputError} for a rebase point outside the series or leaving a 1-point group, or a baseline
 *   shorter than 2 points
 * @example
 * spcLimits([9, 11, 9, 19, 21], { rebaseAt: [4] }).limits[1].centreLine; // => 20
 */
export function spcLimits(values: readonly number[] | Float64Array, options: SpcOptions = {}): SpcGroupLimits {
  const groups = spcGroups(values.length, options.rebaseAt ?? []);
  const screening = presetScreening(options.rules ?? "MDC");
  return { groups, limits: groupLimits(values, groups, options.chart ?? "XMR", options.baselinePoints, screening) };
}
