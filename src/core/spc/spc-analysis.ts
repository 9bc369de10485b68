import { checkValues } from "./check-values";
import { spcLimits } from "./spc-limits";
import { spreadLines } from "./spread-lines";
import { specialCauseSignals } from "./special-cause-signals";
import { variationOf } from "./variation-of";
import type { SpcOptions, SpcResult } from "./types";

/**
 * The whole SPC reading of a monthly series, as Kent Police's charts and NHS England's Making Data
 * Count present it: groups of limits split at the rebase points, each group's centre line and limits
 * (XmR by default, or c chart; from all its points or from a fixed baseline of its first N), the
 * special-cause label of every point under the rule preset, and the variation of the latest point.
 * The preset decides moving-range screening (NHSR and ANHOEJ screen; MDC and WECO do not).
 * Linear in the number of points.
 *
 * Missing values: none accepted. NaN, Infinity or a non-number is an `InputError` naming the 1-based
 * point; a blank cell must be removed or rejected by the caller (Excel hands blanks in as 0).
 *
 * @param values the series, in time order (at least 2 points)
 * @param options chart ("XMR"), rebaseAt (1-based points, []), baselinePoints (all), rules ("MDC"),
 *   improvement ("DOWN")
 * @returns per point: centre line, limits, two-sigma lines, sigma, signal and group number; and the
 *   latest point's variation
 * @throws {NotAvailableError} with fewer than 2 points
 * @throws {InputError} for a value that is not a number, a negative count on a c chart, a rebase point
 *   outside the series or leaving a 1-point group, or a baseline shorter than 2 points
 * @example
 * const result = spcAnalysis([10, 12, 11, 15, 30]);
 * result.centreLine[0]; // => 15.6 (the mean)
 * result.upperLimit[0]; // mR-bar (2 + 1 + 4 + 15) / 4 = 5.5 => 15.6 + 2.66 x 5.5 = 30.23
 * result.variation;     // => "Common cause"
 */
export function spcAnalysis(values: readonly number[], options: SpcOptions = {}): SpcResult {
  const chart = options.chart ?? "XMR";
  const rules = options.rules ?? "MDC";
  const improvement = options.improvement ?? "DOWN";
  checkValues(values, chart);
  // One copy into the kind of array the custom functions read from cells, so that the engine's loops
  // only ever see one kind: a loop that has met both is slower for both.
  const series = new Float64Array(values);
  const { groups, limits } = spcLimits(series, options);
  const lines = spreadLines(values.length, groups, limits);
  const signals = specialCauseSignals(series, groups, limits, rules);
  const group = new Array<number>(values.length); // allocated once and filled per group: no push growth
  groups.forEach(({ start, end }, g) => group.fill(g + 1, start, end));
  const last = values.length - 1;
  const variation = variationOf(signals[last], improvement, values[last], lines.centreLine[last]);
  return { ...lines, signals, group, variation };
}
