import { beyondLineRule } from "./rules/beyond-line-rule";
import { centreSides } from "./rules/centre-sides";
import { outsideLimits } from "./rules/outside-limits";
import { runsAnalysis, type RunsSummary } from "./rules/runs-analysis";
import { shiftRule } from "./rules/shift-rule";
import { trendRule } from "./rules/trend-rule";
import { labelByPriority, type LabelledMarks } from "./label-by-priority";
import type { GroupSpan, Marks, RuleInput, RuleLines, SpcRules, SpcSignal } from "./types";

/**
 * The special-cause label of every point under a rule preset, each rule evaluated within each group
 * (nothing crosses a rebase), then one label per point by priority:
 * - MDC (NHS England SQL v2.6): outside limits > trend of 6 > 2 of 3 beyond 2 sigma (points beyond the
 *   limits count; all 3 on one side of the mean) > shift of 6.
 * - NHSR (NHSRplotthedots 0.2.x): outside limits > trend of 7 > 2 of 3 strictly between the 2-sigma line
 *   and the limit (all 3 on one side) > shift of 7.
 * - WECO (Western Electric): beyond 3 sigma > 2 of 3 beyond 2 sigma ("2 of 3 above/below") > 4 of 5
 *   beyond 1 sigma ("4 of 5 above/below") > 8 on one side ("Run above/below"); only the points beyond
 *   the line need be on that side.
 * - ANHOEJ (qicharts2): outside limits > runs longer than round(log2(n)) + 3 ("Run above/below", the
 *   points of every such run) > too few crossings ("Few crossings" on every point of the group off the
 *   centre line). Points on the centre line neither break nor join a run.
 * A point on the centre line breaks a shift in MDC, NHSR and WECO; equal neighbours break a trend.
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
  const rulesOfPreset = PRESETS[rules];
  // Built from one literal so that every rule's object has the same shape and the per-point loops
  // that read them stay monomorphic (a spread of each preset rule gave one shape per rule).
  const labelled = rulesOfPreset.map(({ high, low, apply }) => ({ high, low, apply, marks: new Int8Array(values.length) }));
  const sides = new Int8Array(values.length); // each point's side of its centre line, shared by every rule
  for (const { start, end } of groups) {
    const input: RuleInput = { values, lines, start, end, sides };
    centreSides(input, sides);
    for (const rule of labelled) rule.apply(input, rule.marks);
  }
  return labelByPriority(values.length, labelled);
}

interface PresetRule extends Omit<LabelledMarks, "marks"> {
  apply: (input: RuleInput, marks: Marks) => void;
}

const OUTSIDE: PresetRule = { high: "Above UCL", low: "Below LCL", apply: outsideLimits };
const trend = (length: number): PresetRule => ({
  high: "Trend up",
  low: "Trend down",
  apply: (input, marks) => trendRule(input, marks, length),
});
const shift = (length: number): PresetRule => ({
  high: "Run above",
  low: "Run below",
  apply: (input, marks) => shiftRule(input, marks, length, "breaks"),
});
const twoOfThree = (wholeWindowSameSide: boolean, excludeBeyondLimits: boolean): PresetRule => ({
  high: "2 of 3 above",
  low: "2 of 3 below",
  apply: (input, marks) =>
    beyondLineRule(input, marks, { count: 2, window: 3, sigmas: 2, wholeWindowSameSide, excludeBeyondLimits }),
});
const FOUR_OF_FIVE: PresetRule = {
  high: "4 of 5 above",
  low: "4 of 5 below",
  apply: (input, marks) =>
    beyondLineRule(input, marks, { count: 4, window: 5, sigmas: 1, wholeWindowSameSide: false, excludeBeyondLimits: false }),
};
const LONG_RUN: PresetRule = {
  high: "Run above",
  low: "Run below",
  apply: (input, marks) => {
    const summary = runsOfGroup(input);
    if (summary.longRun) shiftRule(input, marks, summary.longestRunLimit + 1, "skipped");
  },
};
const FEW_CROSSINGS: PresetRule = {
  high: "Few crossings",
  low: "Few crossings",
  apply: (input, marks) => {
    if (!runsOfGroup(input).fewCrossings) return;
    const sides = input.sides ?? centreSides(input);
    marks.set(sides.subarray(input.start, input.end), input.start);
  },
};

/** Anhoej's runs analysis of a group, worked once for both Anhoej rules (each group has its own input). */
const runsOfGroups = new WeakMap<RuleInput, RunsSummary>();
function runsOfGroup(input: RuleInput): RunsSummary {
  let summary = runsOfGroups.get(input);
  if (summary === undefined) {
    summary = runsAnalysis(input);
    runsOfGroups.set(input, summary);
  }
  return summary;
}

const PRESETS: Record<SpcRules, PresetRule[]> = {
  MDC: [OUTSIDE, trend(6), twoOfThree(true, false), shift(6)],
  NHSR: [OUTSIDE, trend(7), twoOfThree(true, true), shift(7)],
  WECO: [OUTSIDE, twoOfThree(false, false), FOUR_OF_FIVE, shift(8)],
  ANHOEJ: [OUTSIDE, LONG_RUN, FEW_CROSSINGS],
};
