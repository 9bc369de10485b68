/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands ranges and array constants over as any[][] / any */
import { assuranceOf } from "../core/spc";
import { automaticSteps } from "../core/spc";
import { stepRule } from "../core/spc";
import { shownLowerLimits } from "../core/spc";
import { latestSignal } from "../core/spc";
import { spcLimits } from "../core/spc";
import { signalCodes } from "../core/spc";
import { variationOf } from "../core/spc";
import {
  SPC_RULES,
  SPC_SIGNALS,
  type GroupLimits,
  type GroupSpan,
  type Improvement,
  type SpcChart,
  type SpcRules,
  type SpcSignal,
} from "../core/spc";
import { guard, notFinite } from "./excel-error";
import { asRange, isBlank, optionalChoice, optionalWhole, requireNumber } from "./coerce";
import { readSeries, type Series } from "./read-series";

/*
 * The SPC custom functions (issues 3 and 13). Each reads its arguments once (values copied out of their
 * cells into a typed array, checked in the same pass), works the limits of each group once, and runs the
 * rules only where the answer needs them: CSP.SPC and CSP.SPC.ASSURANCE run none, CSP.SPC.VARIATION only
 * over the points that can reach the latest one (latestSignal). The rules read each group's limits, not
 * lines spread over every point, and leave one code per point; the label strings are looked up only as
 * the spill is shaped. The steps are the core engine's (src/core/spc: checkValues, spcLimits,
 * signalCodes, variationOf), the ones spcAnalysis runs for the wizard's tables and charts, so the
 * answers are the same.
 *
 * Blank cells (README, "Blank cells"): blanks at the end of the values range are months not yet reported,
 * left out of the chart, and the spill keeps one row per cell with blank rows for them; a blank inside the
 * series is #VALUE! naming the point. A 0 is charted as 0, so on Excel builds that pass blank cells as 0,
 * point the function at the filled cells (an Excel table column grows with the data).
 */

const CHARTS: readonly SpcChart[] = ["XMR", "C"];
const DIRECTIONS: readonly Improvement[] = ["DOWN", "UP", "NEITHER"];

/**
 * The centre line, lower limit and upper limit of every point of an SPC chart, one row per point.
 * Blanks at the end of the values range are left out; a blank inside it is #VALUE! naming the point.
 * @customfunction SPC
 * @param values (shared help: spc_values)
 * @param [chart] "XMR" (the default, individuals chart: mean +/- 2.66 x mean moving range) or "C" (Poisson counts: mean +/- 3 x square root of the mean, lower limit at least 0).
 * @param [rebase_at] (shared help: rebase_at)
 * @param [baseline_points] (shared help: baseline_points)
 * @param [rules] The rule preset, which also decides moving-range screening: "MDC" (default, NHS Making Data Count 2024), "NHSR" (NHSRplotthedots, screened), "WECO" (Western Electric) or "ANHOEJ" (qicharts2 runs analysis, screened).
 * @returns One row per point: centre line, lower limit (0 where it falls below 0 and no value is negative: a count cannot be), upper limit.
 */
export function spc(
  values: any[][],
  chart?: string,
  rebase_at?: any[][],
  baseline_points?: any,
  rules?: string,
): any[][] {
  return guard(() => {
    const { series, groups, limits } = chartOf(values, { chart, rebase_at, baseline_points, rules });
    const rows = new Array<(number | string | Error)[]>(series.cells);
    const lowerLimits = shownLowerLimits(
      limits.map((l) => l.lowerLimit),
      series.values,
    ); // a count's floor is 0
    groups.forEach(({ start, end }, g) => {
      // Each group's lines checked once, rather than every cell of the spill by guard.
      const centreLine = finiteCell(limits[g].centreLine);
      const lowerLimit = finiteCell(lowerLimits[g]);
      const upperLimit = finiteCell(limits[g].upperLimit);
      for (let i = start; i < end; i++) rows[i] = [centreLine, lowerLimit, upperLimit];
    });
    for (let i = series.values.length; i < series.cells; i++) rows[i] = ["", "", ""];
    return rows;
  }, "checked");
}

/**
 * The special-cause label of every point, one row per point: "Above UCL", "Below LCL", "Trend up", "Trend down",
 * "2 of 3 above", "2 of 3 below", "Run above", "Run below", with WECO's "4 of 5 above"/"4 of 5 below" and
 * ANHOEJ's "Few crossings"; empty text for common cause. A point in several patterns shows one label, by
 * priority: outside limits, trend, 2 of 3, run. Blanks at the end of the values range are left out; a blank
 * inside it is #VALUE! naming the point.
 * @customfunction SPC.SIGNALS
 * @param values (shared help: spc_values)
 * @param [improvement] Which direction is better: "DOWN" (default; fewer crimes is better), "UP" or "NEITHER". The labels do not depend on it.
 * @param [chart] "XMR" (default) or "C".
 * @param [rebase_at] (shared help: rebase_at)
 * @param [baseline_points] (shared help: baseline_points)
 * @param [rules] The rule preset: "MDC" (default), "NHSR", "WECO" or "ANHOEJ".
 * @returns One label per point, empty for common cause.
 */
export function spcSignals(
  values: any[][],
  improvement?: string,
  chart?: string,
  rebase_at?: any[][],
  baseline_points?: any,
  rules?: string,
): string[][] {
  return guard(() => {
    const {
      series,
      groups,
      limits,
      rules: preset,
    } = chartOf(values, { improvement, chart, rebase_at, baseline_points, rules });
    const codes = signalCodes(series.values, groups, limits, preset);
    const rows = new Array<string[]>(series.cells);
    const labels = SPC_SIGNALS; // read once: compiled to CommonJS, each use of an import is a property read
    for (let i = 0; i < codes.length; i++) rows[i] = [labels[codes[i]]];
    for (let i = codes.length; i < series.cells; i++) rows[i] = [""];
    return rows;
  }, "checked"); // labels only
}

/**
 * The latest point's variation in Making Data Count's words: "Common cause", or "Special cause improvement",
 * "Special cause concern" or "Special cause neither", each with "(high)" or "(low)". Blanks at the end of
 * the values range are left out, so the latest point is the last count; a blank inside it is #VALUE! naming the point.
 * @customfunction SPC.VARIATION
 * @param values (shared help: spc_values)
 * @param [improvement] Which direction is better: "DOWN" (default; fewer crimes is better), "UP" or "NEITHER".
 * @param [chart] "XMR" (default) or "C".
 * @param [rebase_at] (shared help: rebase_at)
 * @param [baseline_points] (shared help: baseline_points)
 * @param [rules] The rule preset: "MDC" (default), "NHSR", "WECO" or "ANHOEJ".
 * @returns The latest point's variation.
 */
export function spcVariation(
  values: any[][],
  improvement?: string,
  chart?: string,
  rebase_at?: any[][],
  baseline_points?: any,
  rules?: string,
): string {
  return guard(() => {
    const read = chartOf(values, { improvement, chart, rebase_at, baseline_points, rules });
    const last = read.series.values.length - 1;
    return variationOf(
      latestLabel(read),
      read.improvement,
      read.series.values[last],
      read.limits[read.limits.length - 1].centreLine,
    );
  });
}

/**
 * Whether the process can be relied on to meet a target, as Making Data Count's assurance icon: the target
 * against the latest point's limits. With fewer crimes better, a target at or above the upper limit is
 * "Consistently passing", at or below the lower limit "Consistently failing", otherwise "Hit and miss".
 * #N/A when improvement is "NEITHER". Blanks at the end of the values range are left out; a blank inside it is
 * #VALUE! naming the point.
 * @customfunction SPC.ASSURANCE
 * @param values (shared help: spc_values)
 * @param target The target for each month, such as the most crimes a month should have.
 * @param [improvement] Which direction is better: "DOWN" (default; fewer crimes is better) or "UP".
 * @param [chart] "XMR" (default) or "C".
 * @param [rebase_at] (shared help: rebase_at)
 * @param [baseline_points] (shared help: baseline_points)
 * @param [rules] The rule preset (decides screening): "MDC" (default), "NHSR", "WECO" or "ANHOEJ".
 * @returns "Consistently passing", "Consistently failing" or "Hit and miss".
 */
export function spcAssurance(
  values: any[][],
  target: any,
  improvement?: string,
  chart?: string,
  rebase_at?: any[][],
  baseline_points?: any,
  rules?: string,
): string {
  return guard(() => {
    const goal = requireNumber(target, "target");
    const read = chartOf(values, { improvement, chart, rebase_at, baseline_points, rules });
    const latest = read.limits[read.limits.length - 1];
    return assuranceOf(goal, latest.lowerLimit, latest.upperLimit, read.improvement);
  });
}

/**
 * The point numbers where automatic step changes start. By default a sustained shift: 7 points in a row on
 * one side of the current group's mean (the mean of its points so far) start a new group at the first of
 * them, and no group is shorter than 12 points (the 12-point baseline of NHS England's SPC tool and
 * NHSRplotthedots), so limits are never worked out from a handful of points. A run length given alone is
 * also the shortest group: =CSP.SPC.STEPS(values, 5) is Kent's "5 data point step change". Spills one
 * point number per row, ready to pass as rebase_at; a single empty cell when there are none. Blanks at the
 * end of the values range are left out; a blank inside it is #VALUE! naming the point.
 * @customfunction SPC.STEPS
 * @param values (shared help: spc_values)
 * @param [run_length] Points in a row on one side of the mean that make a step (default 7, at least 2; 5 is Kent's rule).
 * @param [chart] "XMR" (default) or "C" (which also checks the values are counts of 0 or more).
 * @param [min_points] Fewest points in any group (default 12, or the run length when one is given; at least 2).
 * @returns The 1-based point numbers where new groups start, or a single empty cell.
 */
export function spcSteps(values: any[][], run_length?: any, chart?: string, min_points?: any): any[][] {
  return guard(() => {
    const rule = stepRule("sustained");
    const runLength = optionalWhole(run_length, "run_length", 2, MAX_RUN, rule.runLength);
    // A run length given alone is its own shortest group, as the command line's --steps N is.
    const fewest = optionalWhole(
      min_points,
      "min_points",
      2,
      MAX_POINTS,
      isBlank(run_length) ? rule.minSegment : runLength,
    );
    const kind = optionalChoice(chart, "chart", CHARTS, "XMR");
    const steps = automaticSteps(seriesOf(values, kind).values, runLength, kind, fewest);
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

/** Longest run of SPC.STEPS: longer runs than a series of monthly counts can hold say nothing. */
const MAX_RUN = 1000;

/** Largest baseline: Excel's row count (a baseline longer than a group uses the whole group). */
const MAX_POINTS = 1_048_576;

/** A series read and split into groups, with each group's limits: what every SPC function starts from. */
interface Chart {
  series: Series;
  groups: GroupSpan[];
  limits: GroupLimits[];
  improvement: Improvement;
  rules: SpcRules;
}

/** Reads the shared arguments (each checked and defaulted once) and the values, and works each group's limits. */
function chartOf(values: unknown, args: SpcArguments): Chart {
  const improvement = optionalChoice(args.improvement, "improvement", DIRECTIONS, "DOWN");
  const chart = optionalChoice(args.chart, "chart", CHARTS, "XMR");
  const rebaseAt = rebasePoints(args.rebase_at);
  const baselinePoints = isBlank(args.baseline_points)
    ? undefined
    : optionalWhole(args.baseline_points, "baseline_points", 2, MAX_POINTS, 2);
  const rules = optionalChoice(args.rules, "rules", SPC_RULES, "MDC");
  const series = seriesOf(values, chart);
  const { groups, limits } = spcLimits(series.values, { chart, rebaseAt, baselinePoints, rules });
  return { series, groups, limits, improvement, rules };
}

function seriesOf(values: unknown, chart: SpcChart): Series {
  return readSeries(values, "values", 2, chart);
}

/** The latest point's label: the rules work within a group, so only the last group is handed over. */
function latestLabel(chart: Chart): SpcSignal {
  const last = chart.groups[chart.groups.length - 1];
  return latestSignal(
    chart.series.values.subarray(last.start, last.end),
    chart.limits[chart.limits.length - 1],
    chart.rules,
  );
}

/** A number for a spilled cell: itself when finite, else the #NUM! error guard would have put there. */
function finiteCell(value: number): number | Error {
  return value - value === 0 ? value : notFinite(value);
}

/** rebase_at as a number, a range or an array constant; blanks (which Excel may pass as 0) are skipped. */
function rebasePoints(value: unknown): number[] {
  if (isBlank(value)) return [];
  return asRange(value)
    .flat()
    .filter((cell) => !isBlank(cell) && cell !== 0)
    .map((cell) => requireNumber(cell, "rebase_at"));
}
