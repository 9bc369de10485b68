import { specialCauseSignals } from "./special-cause-signals";
import type { GroupLimits, GroupSpan, RuleLines, SpcRules, SpcSignal } from "./types";

/**
 * The special-cause label of every point under a rule preset (see `specialCauseSignals`), from the
 * series as a typed array and each group's limits. The four lines the rules read are spread over the
 * points in typed arrays, so the rules' per-point loops always see one kind of array, whether the
 * wizard (through spcAnalysis) or a custom function asks.
 *
 * Missing values: none; the series has been checked.
 *
 * @param values the series
 * @param groups the groups of limits
 * @param limits one `GroupLimits` per group, from `groupLimits`
 * @param rules the preset
 * @returns one label per point, "" for common cause
 * @throws never
 * @example
 * // MDC, 6 points above the mean in one group => each of them "Run above"
 */
export function groupSignals(values: Float64Array, groups: readonly GroupSpan[], limits: readonly GroupLimits[], rules: SpcRules): SpcSignal[] {
  const n = values.length;
  const centreLine = new Float64Array(n);
  const lowerLimit = new Float64Array(n);
  const upperLimit = new Float64Array(n);
  const sigma = new Float64Array(n);
  for (let g = 0; g < groups.length; g++) {
    const { start, end } = groups[g];
    centreLine.fill(limits[g].centreLine, start, end);
    lowerLimit.fill(limits[g].lowerLimit, start, end);
    upperLimit.fill(limits[g].upperLimit, start, end);
    sigma.fill(limits[g].sigma, start, end);
  }
  const lines: RuleLines = { centreLine, lowerLimit, upperLimit, sigma };
  return specialCauseSignals(values, lines, groups, rules);
}
