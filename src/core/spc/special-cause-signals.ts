import { signalCodes } from "./signal-codes";
import { SPC_SIGNALS, type GroupSpan, type RuleLimits, type SpcRules, type SpcSignal } from "./types";

/**
 * The special-cause label of every point under a rule preset, for the wizard's tables and charts:
 * `signalCodes` (which says what each preset looks for and in what priority), each code turned into its
 * label.
 *
 * Missing values: none; the series has been checked.
 *
 * @param values the series
 * @param groups the groups of limits
 * @param limits each group's limits (from `spcLimits`)
 * @param rules the preset
 * @returns one label per point, "" for common cause
 * @throws never
 * @example
 * // MDC, 6 points above the mean in one group => each of them "Run above"
 */
export function specialCauseSignals(
  values: Float64Array,
  groups: readonly GroupSpan[],
  limits: readonly RuleLimits[],
  rules: SpcRules,
): SpcSignal[] {
  const codes = signalCodes(values, groups, limits, rules);
  const labels = new Array<SpcSignal>(codes.length);
  for (let i = 0; i < codes.length; i++) labels[i] = SPC_SIGNALS[codes[i]];
  return labels;
}
