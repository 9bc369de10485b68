/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands ranges and array constants over as any[][] / any */
import { assuranceOf } from "../core/spc/assurance-of";
import { automaticSteps } from "../core/spc/automatic-steps";
import { spcAnalysis } from "../core/spc/spc-analysis";
import type { Improvement, SpcChart, SpcOptions, SpcResult, SpcRules } from "../core/spc/types";
import { guard } from "./excel-error";
import { asRange, isOmitted, numbersOf, optionalChoice, optionalNumber, requireNumber } from "./coerce";

/*
 * The SPC custom functions (issue 3). Each reads its arguments, runs the core engine
 * (src/core/spc/spc-analysis.ts) and shapes the answer for a cell or a spill. Excel hands blank cells
 * inside a range to a custom function as 0, so a values range with empty cells at its end charts zeros:
 * point the function at an Excel table column or at exactly the filled cells.
 */

const CHARTS: readonly SpcChart[] = ["XMR", "C"];
const PRESETS: readonly SpcRules[] = ["MDC", "NHSR", "WECO", "ANHOEJ"];
const DIRECTIONS: readonly Improvement[] = ["DOWN", "UP", "NEITHER"];

/**
 * The centre line, lower limit and upper limit of every point of an SPC chart, one row per point.
 * Blank cells inside the values range arrive as 0 and are charted as 0: use an Excel table column or
 * an exact range.
 * @customfunction SPC
 * @param values The monthly counts, one column or one row, oldest first. Text such as "N/A" gives #VALUE! naming the point; blank cells count as 0.
 * @param [chart] "XMR" (the default, individuals chart: mean +/- 2.66 x mean moving range) or "C" (Poisson counts: mean +/- 3 x square root of the mean, lower limit at least 0).
 * @param [rebase_at] Point numbers (1 = the first value) where a new set of limits starts: a number, a range or an array constant such as {16,21}. Blank cells are ignored.
 * @param [baseline_points] Work each group's limits from its first N points only and carry them across the group (a fixed baseline). Default: all points.
 * @param [rules] The rule preset, which also decides moving-range screening: "MDC" (default, NHS Making Data Count 2024), "NHSR" (NHSRplotthedots, screened), "WECO" (Western Electric) or "ANHOEJ" (qicharts2 runs analysis, screened).
 * @returns One row per point: centre line, lower limit, upper limit.
 */
export function spc(values: any[][], chart?: string, rebase_at?: any[][], baseline_points?: number, rules?: string): number[][] {
  return guard(() => {
    const result = analyse(values, { chart, rebase_at, baseline_points, rules });
    return result.centreLine.map((centre, i) => [centre, result.lowerLimit[i], result.upperLimit[i]]);
  });
}

/**
 * The special-cause label of every point, one row per point: "Above UCL", "Below LCL", "Trend up", "Trend down",
 * "2 of 3 above", "2 of 3 below", "Run above", "Run below", with WECO's "4 of 5 above"/"4 of 5 below" and
 * ANHOEJ's "Few crossings"; empty text for common cause. A point in several patterns shows one label, by
 * priority: outside limits, trend, 2 of 3, run. Blank cells inside the values range count as 0.
 * @customfunction SPC.SIGNALS
 * @param values The monthly counts, one column or one row, oldest first. Text gives #VALUE! naming the point; blank cells count as 0.
 * @param [improvement] Which direction is better: "DOWN" (default; fewer crimes is better), "UP" or "NEITHER". The labels do not depend on it.
 * @param [chart] "XMR" (default) or "C".
 * @param [rebase_at] Point numbers where a new set of limits starts: a number, a range or an array constant. Blank cells are ignored.
 * @param [baseline_points] Work each group's limits from its first N points only. Default: all points.
 * @param [rules] The rule preset: "MDC" (default), "NHSR", "WECO" or "ANHOEJ".
 * @returns One label per point, empty for common cause.
 */
export function spcSignals(
  values: any[][],
  improvement?: string,
  chart?: string,
  rebase_at?: any[][],
  baseline_points?: number,
  rules?: string,
): string[][] {
  return guard(() => analyse(values, { improvement, chart, rebase_at, baseline_points, rules }).signals.map((signal) => [signal]));
}

/**
 * The latest point's variation in Making Data Count's words: "Common cause", or "Special cause improvement",
 * "Special cause concern" or "Special cause neither", each with "(high)" or "(low)". Blank cells inside the
 * values range count as 0, so a range with empty cells at its end reads the latest point as 0.
 * @customfunction SPC.VARIATION
 * @param values The monthly counts, one column or one row, oldest first. Text gives #VALUE! naming the point; blank cells count as 0.
 * @param [improvement] Which direction is better: "DOWN" (default; fewer crimes is better), "UP" or "NEITHER".
 * @param [chart] "XMR" (default) or "C".
 * @param [rebase_at] Point numbers where a new set of limits starts: a number, a range or an array constant. Blank cells are ignored.
 * @param [baseline_points] Work each group's limits from its first N points only. Default: all points.
 * @param [rules] The rule preset: "MDC" (default), "NHSR", "WECO" or "ANHOEJ".
 * @returns The latest point's variation.
 */
export function spcVariation(
  values: any[][],
  improvement?: string,
  chart?: string,
  rebase_at?: any[][],
  baseline_points?: number,
  rules?: string,
): string {
  return guard(() => analyse(values, { improvement, chart, rebase_at, baseline_points, rules }).variation);
}

/**
 * Whether the process can be relied on to meet a target, as Making Data Count's assurance icon: the target
 * against the latest point's limits. With fewer crimes better, a target at or above the upper limit is
 * "Consistently passing", at or below the lower limit "Consistently failing", otherwise "Hit and miss".
 * #N/A when improvement is "NEITHER". Blank cells inside the values range count as 0.
 * @customfunction SPC.ASSURANCE
 * @param values The monthly counts, one column or one row, oldest first. Text gives #VALUE! naming the point; blank cells count as 0.
 * @param target The target for each month, such as the most crimes a month should have.
 * @param [improvement] Which direction is better: "DOWN" (default; fewer crimes is better) or "UP".
 * @param [chart] "XMR" (default) or "C".
 * @param [rebase_at] Point numbers where a new set of limits starts: a number, a range or an array constant. Blank cells are ignored.
 * @param [baseline_points] Work each group's limits from its first N points only. Default: all points.
 * @param [rules] The rule preset (decides screening): "MDC" (default), "NHSR", "WECO" or "ANHOEJ".
 * @returns "Consistently passing", "Consistently failing" or "Hit and miss".
 */
export function spcAssurance(
  values: any[][],
  target: number,
  improvement?: string,
  chart?: string,
  rebase_at?: any[][],
  baseline_points?: number,
  rules?: string,
): string {
  return guard(() => {
    const goal = requireNumber(target, "target");
    const options = spcOptions({ improvement, chart, rebase_at, baseline_points, rules });
    const result = spcAnalysis(numbersOf(values, "values"), options);
    const last = result.centreLine.length - 1;
    return assuranceOf(goal, result.lowerLimit[last], result.upperLimit[last], options.improvement);
  });
}

/**
 * The point numbers where automatic step changes start (the police "5 data point step change", as the toolkit
 * reads it): scanning forward, when run_length points in a row fall on one side of the current group's mean
 * (the mean of its points so far), a new group starts at the first of them. No group is shorter than
 * run_length. Spills one point number per row, ready to pass as rebase_at; a single empty cell when there
 * are none. Blank cells inside the values range count as 0.
 * @customfunction SPC.STEPS
 * @param values The monthly counts, one column or one row, oldest first. Text gives #VALUE! naming the point; blank cells count as 0.
 * @param [run_length] Points in a row on one side of the mean that make a step (default 5, at least 2).
 * @param [chart] "XMR" (default) or "C" (which also checks the values are counts of 0 or more).
 * @returns The 1-based point numbers where new groups start, or a single empty cell.
 */
export function spcSteps(values: any[][], run_length?: number, chart?: string): any[][] {
  return guard(() => {
    const series = numbersOf(values, "values");
    const steps = automaticSteps(series, optionalNumber(run_length, "run_length", 5), optionalChoice(chart, "chart", CHARTS, "XMR"));
    return steps.length === 0 ? [[""]] : steps.map((step) => [step]);
  });
}

/** The arguments the SPC functions share, as Excel passed them. */
interface SpcArguments {
  improvement?: unknown;
  chart?: unknown;
  rebase_at?: unknown;
  baseline_points?: unknown;
  rules?: unknown;
}

/** The engine's options from the shared arguments, each checked and defaulted once. */
function spcOptions(args: SpcArguments): SpcOptions & { improvement: Improvement } {
  return {
    improvement: optionalChoice(args.improvement, "improvement", DIRECTIONS, "DOWN"),
    chart: optionalChoice(args.chart, "chart", CHARTS, "XMR"),
    rebaseAt: rebasePoints(args.rebase_at),
    baselinePoints: isOmitted(args.baseline_points) ? undefined : requireNumber(args.baseline_points, "baseline_points"),
    rules: optionalChoice(args.rules, "rules", PRESETS, "MDC"),
  };
}

function analyse(values: any[][], args: SpcArguments): SpcResult {
  return spcAnalysis(numbersOf(values, "values"), spcOptions(args));
}

/** rebase_at as a number, a range or an array constant; blanks (which Excel passes as 0) are skipped. */
function rebasePoints(value: unknown): number[] {
  return asRange(value)
    .flat()
    .filter((cell) => !isOmitted(cell) && cell !== 0)
    .map((cell) => requireNumber(cell, "rebase_at"));
}
