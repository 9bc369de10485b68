import fc from "fast-check";
import { signalCodes } from "../../../src/core/spc/signal-codes";
import { specialCauseSignals } from "../../../src/core/spc/special-cause-signals";
import {
  SPC_SIGNALS,
  SPC_RULES,
  type GroupSpan,
  type RuleLimits,
  type SpcRules,
  type SpcSignal,
} from "../../../src/core/spc/types";

/*
 * The labels of signalCodes against an oracle written here from the rules' definitions (the preset list in
 * src/core/spc/types.ts and ../shared/notes/spc-methods.md), point by point and window by window, with
 * none of the engine's counters or shared arrays: slow and plain, so that the two can only agree by both
 * being right.
 */

/** One group's points and lines, as the oracle reads them. */
interface Group {
  values: number[];
  lines: RuleLimits;
}

/** Which labels each rule gives a group's points ("" where it gives none). */
type RuleLabels = (group: Group) => SpcSignal[];

const blank = (n: number): SpcSignal[] => new Array<SpcSignal>(n).fill("");

/** Above the upper limit or below the lower limit, strictly. */
const outside: RuleLabels = ({ values, lines }) =>
  values.map((v) => (v > lines.upperLimit ? "Above UCL" : v < lines.lowerLimit ? "Below LCL" : ""));

/**
 * Every window of `length` points that rises (or falls) strictly at each step marks its points; a point
 * in a rising and a falling trend (a peak or a trough) takes the direction of the step to its right.
 */
const trend =
  (length: number): RuleLabels =>
  ({ values }) => {
    const up = new Array<boolean>(values.length).fill(false);
    const down = new Array<boolean>(values.length).fill(false);
    for (let first = 0; first + length <= values.length; first++) {
      const window = values.slice(first, first + length);
      const rises = window.every((v, k) => k === 0 || v > window[k - 1]);
      const falls = window.every((v, k) => k === 0 || v < window[k - 1]);
      for (let k = first; k < first + length; k++) {
        if (rises) up[k] = true;
        if (falls) down[k] = true;
      }
    }
    return values.map((v, i) => {
      if (up[i] && down[i]) return values[i + 1] > v ? "Trend up" : "Trend down";
      return up[i] ? "Trend up" : down[i] ? "Trend down" : "";
    });
  };

/** The side of the centre line: 1 above, -1 below, 0 on it. */
const sideOf = (v: number, lines: RuleLimits): number => (v > lines.centreLine ? 1 : v < lines.centreLine ? -1 : 0);

/** Every stretch of `length` or more points in a row strictly on one side of the centre line marks its points. */
const shift =
  (length: number): RuleLabels =>
  ({ values, lines }) => {
    const labels = blank(values.length);
    for (let first = 0; first + length <= values.length; first++) {
      const sides = values.slice(first, first + length).map((v) => sideOf(v, lines));
      if (sides[0] !== 0 && sides.every((s) => s === sides[0])) {
        for (let k = first; k < first + length; k++) labels[k] = sides[0] > 0 ? "Run above" : "Run below";
      }
    }
    return labels;
  };

/**
 * `count` of `window` points in a row beyond the line `sigmas` from the centre (strictly; with
 * `closeOnly`, not beyond the limit either), the points beyond it marked; with `sameSide`, every point of
 * the window strictly on that side of the centre line.
 */
const beyondLine =
  (
    count: number,
    window: number,
    sigmas: number,
    sameSide: boolean,
    closeOnly: boolean,
    high: SpcSignal,
    low: SpcSignal,
  ): RuleLabels =>
  ({ values, lines }) => {
    const labels = blank(values.length);
    const above = (v: number) => v > lines.centreLine + sigmas * lines.sigma && !(closeOnly && v > lines.upperLimit);
    const below = (v: number) => v < lines.centreLine - sigmas * lines.sigma && !(closeOnly && v < lines.lowerLimit);
    for (let first = 0; first + window <= values.length; first++) {
      const points = values.slice(first, first + window);
      for (const [beyond, side, label] of [
        [above, 1, high],
        [below, -1, low],
      ] as const) {
        const enough = points.filter(beyond).length >= count;
        const onSide = !sameSide || points.every((v) => sideOf(v, lines) === side);
        if (enough && onSide) points.forEach((v, k) => beyond(v) && (labels[first + k] = label));
      }
    }
    return labels;
  };

/** qbinom(0.05, size, 0.5), exactly: the least x with 20 x (C(size, 0) + ... + C(size, x)) >= 2^size. */
function fewestCrossings(size: number): number {
  let term = 1n;
  let total = 0n;
  for (let x = 0; ; x++) {
    total += term;
    if (20n * total >= 2n ** BigInt(size)) return x;
    term = (term * BigInt(size - x)) / BigInt(x + 1);
  }
}

/**
 * Anhoej's runs analysis: with the points on the centre line left out, every run longer than
 * round(log2(n)) + 3 marks its points, and fewer than qbinom(0.05, n - 1, 0.5) crossings marks every
 * point left "Few crossings" (below the runs); nothing with fewer than 2 points left.
 */
const runsAnalysis: RuleLabels = ({ values, lines }) => {
  const labels = blank(values.length);
  const useful = values.map((v, i) => ({ i, side: sideOf(v, lines) })).filter((p) => p.side !== 0);
  if (useful.length < 2) return labels;
  const runs: (typeof useful)[] = [];
  for (const point of useful) {
    const run = runs[runs.length - 1];
    if (run && run[0].side === point.side) run.push(point);
    else runs.push([point]);
  }
  if (runs.length - 1 < fewestCrossings(useful.length - 1)) useful.forEach(({ i }) => (labels[i] = "Few crossings"));
  const longest = Math.round(Math.log2(useful.length)) + 3;
  for (const run of runs) {
    if (run.length > longest) run.forEach(({ i, side }) => (labels[i] = side > 0 ? "Run above" : "Run below"));
  }
  return labels;
};

/** Each preset's rules, highest priority first. */
const ORACLE: Record<SpcRules, RuleLabels[]> = {
  MDC: [outside, trend(6), beyondLine(2, 3, 2, true, false, "2 of 3 above", "2 of 3 below"), shift(6)],
  NHSR: [outside, trend(7), beyondLine(2, 3, 2, true, true, "2 of 3 above", "2 of 3 below"), shift(7)],
  WECO: [
    outside,
    beyondLine(2, 3, 2, false, false, "2 of 3 above", "2 of 3 below"),
    beyondLine(4, 5, 1, false, false, "4 of 5 above", "4 of 5 below"),
    shift(8),
  ],
  ANHOEJ: [outside, runsAnalysis],
};

/** The oracle's label of every point: per group, the first rule in priority order that labels it. */
function oracleLabels(groups: Group[], rules: SpcRules): SpcSignal[] {
  return groups.flatMap((group) => {
    const byRule = ORACLE[rules].map((rule) => rule(group));
    return group.values.map((_, i) => byRule.map((labels) => labels[i]).find((label) => label !== "") ?? "");
  });
}

/** Lines around a centre line at `sigma` steps, limits at 3 sigma, as XmR and c charts draw them. */
const linesAt = (centreLine: number, sigma: number): RuleLimits => ({
  centreLine,
  sigma,
  lowerLimit: centreLine - 3 * sigma,
  upperLimit: centreLine + 3 * sigma,
});

/**
 * Random groups of small whole counts around a whole centre line, so that points fall on the centre line,
 * on the 1- and 2-sigma lines and on the limits, and trends, runs and ties all happen; a sigma of 1/3
 * puts the limits at exactly 1 from the centre.
 */
const groupArbitrary = fc.record({
  values: fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 2, maxLength: 45 }),
  centreLine: fc.integer({ min: 2, max: 6 }),
  sigma: fc.constantFrom(1 / 3, 0.5, 1, 1.5, 2),
});
const seriesArbitrary = fc.array(groupArbitrary, { minLength: 1, maxLength: 4 }).map((parts) => {
  const groups: Group[] = parts.map(({ values, centreLine, sigma }) => ({ values, lines: linesAt(centreLine, sigma) }));
  const spans: GroupSpan[] = [];
  let start = 0;
  for (const { values } of groups) {
    spans.push({ start, end: start + values.length });
    start += values.length;
  }
  return { groups, spans, values: groups.flatMap((group) => group.values) };
});

const labelsOf = (codes: Int8Array): SpcSignal[] => Array.from(codes, (code) => SPC_SIGNALS[code]);

describe("signalCodes", () => {
  it("gives every point of every preset the label a plain reading of the rules gives, over groups with ties on the lines", () => {
    fc.assert(
      fc.property(seriesArbitrary, fc.constantFrom(...SPC_RULES), ({ groups, spans, values }, rules) => {
        const codes = signalCodes(
          Float64Array.from(values),
          spans,
          groups.map((group) => group.lines),
          rules,
        );
        expect(labelsOf(codes)).toEqual(oracleLabels(groups, rules));
      }),
      { numRuns: 400 },
    );
  });

  it("gives specialCauseSignals, which turns the codes into labels for the wizard, the same labels", () => {
    fc.assert(
      fc.property(seriesArbitrary, fc.constantFrom(...SPC_RULES), ({ groups, spans, values }, rules) => {
        const limits = groups.map(({ lines }) => lines);
        expect(specialCauseSignals(new Float64Array(values), spans, limits, rules)).toEqual(
          oracleLabels(groups, rules),
        );
      }),
      { numRuns: 100 },
    );
  });

  it("labels worked examples: a point above the limit inside a run, a trend's peak and a rebase that cuts a run", () => {
    // Centre 5, sigma 1: limits 2 and 8. Points 1-6 above the centre, point 3 (9) above the limit.
    const run = signalCodes(Float64Array.from([6, 6, 9, 6, 6, 6, 5]), [{ start: 0, end: 7 }], [linesAt(5, 1)], "MDC");
    expect(labelsOf(run)).toEqual(["Run above", "Run above", "Above UCL", "Run above", "Run above", "Run above", ""]);
    // Rising for 6 points to the peak at point 6, then falling for 6 from it: the peak takes the fall.
    const peak = [1, 2, 3, 4, 5, 6, 5, 4, 3, 2, 1];
    const trendCodes = signalCodes(Float64Array.from(peak), [{ start: 0, end: 11 }], [linesAt(3.5, 2)], "MDC");
    expect(labelsOf(trendCodes)).toEqual([...new Array(5).fill("Trend up"), ...new Array(6).fill("Trend down")]);
    // Six points above 5, cut 3 and 3 by a rebase (same lines either side): no run in either group.
    const cut = signalCodes(
      Float64Array.from([6, 6, 6, 6, 6, 6]),
      [
        { start: 0, end: 3 },
        { start: 3, end: 6 },
      ],
      [linesAt(5, 1), linesAt(5, 1)],
      "MDC",
    );
    expect(labelsOf(cut)).toEqual(new Array(6).fill(""));
  });
});
