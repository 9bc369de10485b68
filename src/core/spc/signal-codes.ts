import { beyondLineRule } from "./rules";
import { centreSides } from "./rules";
import { outsideLimits } from "./rules";
import { runsAnalysis } from "./rules";
import { shiftRule } from "./rules";
import { trendRule } from "./rules";
import {
  SPC_SIGNALS,
  type GroupSpan,
  type Marks,
  type RuleInput,
  type RuleLimits,
  type SpcRules,
  type SpcSignal,
} from "./types";

/**
 * The special-cause label of every point under a rule preset, as codes into `SPC_SIGNALS` (0 is common
 * cause), each rule evaluated within each group (nothing crosses a rebase), one label per point by
 * priority:
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
 * How: one array of codes for the whole series, and the preset's rules run lowest priority first, each
 * writing its label's code over what it marks, so the code left on a point is that of the highest rule
 * that marked it (the order NHSRplotthedots gives too). Each group is handed to the rules as its own
 * series (subarrays from 0) with its limits, and the sides of the centre line are
 * worked once per group for every rule. No rule of another preset runs, and no string is made per point:
 * the caller looks the labels up when it shapes its answer. This is the engine of `specialCauseSignals`
 * (the wizard's tables and charts) and of the SPC custom functions alike.
 *
 * Missing values: none; the series has been checked.
 *
 * @param values the series
 * @param groups the groups of limits, in order, together covering every point once
 * @param limits each group's centre line, limits and sigma (from `spcLimits`)
 * @param rules the preset
 * @returns one code per point: `SPC_SIGNALS[code]` is its label
 * @throws never
 * @example
 * // MDC, 6 points above the mean in one group => each of them SPC_SIGNALS.indexOf("Run above")
 */
export function signalCodes(
  values: Float64Array,
  groups: readonly GroupSpan[],
  limits: readonly RuleLimits[],
  rules: SpcRules,
): Int8Array {
  const codes = new Int8Array(values.length);
  const sides = new Int8Array(values.length);
  const preset = PRESETS[rules];
  for (let g = 0; g < groups.length; g++) {
    const { start, end } = groups[g];
    const whole = start === 0 && end === values.length;
    const groupSides = whole ? sides : sides.subarray(start, end);
    const input: RuleInput = {
      values: whole ? values : values.subarray(start, end),
      limits: limits[g],
      start: 0,
      end: end - start,
      sides: groupSides,
    };
    centreSides(input, groupSides);
    const marks = whole ? codes : codes.subarray(start, end);
    for (let r = preset.length - 1; r >= 0; r--) preset[r](input, marks);
  }
  return codes;
}

/** A rule of a preset: writes its labels' codes over the points it marks in one group. */
type PresetRule = (input: RuleInput, codes: Marks) => void;

const code = (label: SpcSignal): number => SPC_SIGNALS.indexOf(label);
const ABOVE_UCL = code("Above UCL");
const BELOW_LCL = code("Below LCL");
const TREND_UP = code("Trend up");
const TREND_DOWN = code("Trend down");
const TWO_OF_THREE_ABOVE = code("2 of 3 above");
const TWO_OF_THREE_BELOW = code("2 of 3 below");
const FOUR_OF_FIVE_ABOVE = code("4 of 5 above");
const FOUR_OF_FIVE_BELOW = code("4 of 5 below");
const RUN_ABOVE = code("Run above");
const RUN_BELOW = code("Run below");
const FEW_CROSSINGS = code("Few crossings");

const outside: PresetRule = (input, codes) => outsideLimits(input, codes, ABOVE_UCL, BELOW_LCL);
const trend =
  (length: number): PresetRule =>
  (input, codes) =>
    trendRule(input, codes, length, TREND_UP, TREND_DOWN);
const shift =
  (length: number): PresetRule =>
  (input, codes) =>
    shiftRule(input, codes, length, "breaks", RUN_ABOVE, RUN_BELOW);
const twoOfThree = (wholeWindowSameSide: boolean, excludeBeyondLimits: boolean): PresetRule => {
  const rule = { count: 2, window: 3, sigmas: 2, wholeWindowSameSide, excludeBeyondLimits };
  return (input, codes) => beyondLineRule(input, codes, rule, TWO_OF_THREE_ABOVE, TWO_OF_THREE_BELOW);
};
const FOUR_OF_FIVE_RULE = { count: 4, window: 5, sigmas: 1, wholeWindowSameSide: false, excludeBeyondLimits: false };
const fourOfFive: PresetRule = (input, codes) =>
  beyondLineRule(input, codes, FOUR_OF_FIVE_RULE, FOUR_OF_FIVE_ABOVE, FOUR_OF_FIVE_BELOW);

/**
 * Anhoej's two rules from one runs analysis of the group: too few crossings (every point off the centre
 * line), then, over it, the points of every run longer than the limit.
 */
const runsRules: PresetRule = (input, codes) => {
  const runs = runsAnalysis(input);
  const sides = input.sides ?? centreSides(input);
  if (runs.fewCrossings) {
    for (let i = input.start; i < input.end; i++) if (sides[i] !== 0) codes[i] = FEW_CROSSINGS;
  }
  if (runs.longRun) shiftRule(input, codes, runs.longestRunLimit + 1, "skipped", RUN_ABOVE, RUN_BELOW);
};

/** Each preset's rules, highest priority first (run in reverse, so the highest writes last). */
const PRESETS: Record<SpcRules, readonly PresetRule[]> = {
  MDC: [outside, trend(6), twoOfThree(true, false), shift(6)],
  NHSR: [outside, trend(7), twoOfThree(true, true), shift(7)],
  WECO: [outside, twoOfThree(false, false), fourOfFive, shift(8)],
  ANHOEJ: [outside, runsRules],
};
