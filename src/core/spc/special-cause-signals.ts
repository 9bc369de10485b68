import { signalCodes } from "./signal-codes";
import { SPC_SIGNALS, type GroupSpan, type RuleLines, type SpcRules, type SpcSignal } from "./types";

/**
 * The special-cause label of every point under a rule preset, from the per-point lines the wizard draws:
 * `signalCodes` (which says what each preset looks for and in what priority) run on each group's lines,
 * read at its first point since they are the same across a group, and each code turned into its label.
 *
 * Missing values: none; the series has been checked.
 *
 * @param values the series
 * @param lines the lines of every point
 * @param groups the groups of limits
 * @param rules the preset
 * @returns one label per point, "" for common cause
 * @throws never
 * @example
 * // MDC, 6 points above the mean in one group => each of them "Run above"
 */
export function specialCauseSignals(
  values: ArrayLike<number>,
  lines: RuleLines,
  groups: readonly GroupSpan[],
  rules: SpcRules,
): SpcSignal[] {
  const limits = groups.map(({ start }) => ({
    centreLine: lines.centreLine[start],
    lowerLimit: lines.lowerLimit[start],
    upperLimit: lines.upperLimit[start],
    sigma: lines.sigma[start],
  }));
  const series = values instanceof Float64Array ? values : new Float64Array(values as ArrayLike<number>);
  const codes = signalCodes(series, groups, limits, rules);
  const labels = new Array<SpcSignal>(codes.length);
  for (let i = 0; i < codes.length; i++) labels[i] = SPC_SIGNALS[codes[i]];
  return labels;
}
