import { binomialQuantile } from "./binomial-quantile";
import { centreSides } from "./centre-sides";
import type { RuleInput } from "..";

/** Anhoej's runs analysis of one group, with the limits it was judged against. */
export interface RunsSummary {
  /** Points not on the centre line. */
  usefulPoints: number;
  longestRun: number;
  /** The longest run allowed: round(log2(useful points)) + 3. */
  longestRunLimit: number;
  crossings: number;
  /** The fewest crossings allowed: qbinom(0.05, useful points - 1, 0.5). */
  crossingsLimit: number;
  /** longestRun > longestRunLimit. */
  longRun: boolean;
  /** crossings < crossingsLimit. */
  fewCrossings: boolean;
}

/**
 * Anhoej's runs analysis (qicharts2, Anhoej 2015 PLoS ONE 10(3) e0121349) of one group: points exactly
 * on the centre line are dropped (they neither break nor join a run), then the longest run on one side
 * is a signal when it is longer than round(log2(n)) + 3, and the number of crossings of the centre line
 * (runs - 1) is a signal when fewer than qbinom(0.05, n - 1, 0.5), n being the points left. With fewer
 * than 2 such points there is nothing to judge and neither signal is raised.
 *
 * Missing values: none; the series has been checked.
 *
 * @param input the series, its centre line and the group [start, end)
 * @returns the counts, the limits and the two signals
 * @throws never
 * @example
 * // 24 useful points: longest run limit round(4.585) + 3 = 8, crossings limit qbinom(0.05, 23, 0.5) = 8
 */
export function runsAnalysis(input: RuleInput): RunsSummary {
  const { start, end } = input;
  const sides = input.sides ?? centreSides(input);
  let useful = 0;
  let runs = 0;
  let longestRun = 0;
  let run = 0;
  let side = 0;
  for (let i = start; i < end; i++) {
    const here = sides[i];
    if (here === 0) continue;
    useful++;
    if (here === side) run++;
    else {
      runs++;
      run = 1;
      side = here;
    }
    if (run > longestRun) longestRun = run;
  }
  const crossings = Math.max(0, runs - 1);
  const longestRunLimit = useful > 0 ? Math.round(Math.log2(useful)) + 3 : 0;
  const crossingsLimit = useful >= 2 ? fewestCrossings(useful) : 0;
  return {
    usefulPoints: useful,
    longestRun,
    longestRunLimit,
    crossings,
    crossingsLimit,
    longRun: useful >= 2 && longestRun > longestRunLimit,
    fewCrossings: useful >= 2 && crossings < crossingsLimit,
  };
}

/**
 * qbinom(0.05, useful points - 1, 0.5), worked once per number of points: the quantile's sum of
 * binomial terms costs more than the rest of a 60-point chart's rules, and a workbook of SPC columns
 * asks for the same few series lengths again and again.
 */
const crossingsLimits: number[] = [];
function fewestCrossings(useful: number): number {
  return (crossingsLimits[useful] ??= binomialQuantile(0.05, useful - 1, 0.5));
}
