import { centreSides } from "./centre-sides";
import type { Marks, RuleInput } from "..";

/**
 * A shift: `length` or more consecutive points on the same side of the centre line; every point of the
 * run is marked. MDC (6), NHSRplotthedots (7) and Western Electric (8) let a point exactly on the
 * centre line break the run ("breaks"); Anhoej's runs analysis (qicharts2) skips such points, which
 * neither break nor lengthen the run and are not marked ("skipped").
 *
 * Missing values: none; the series has been checked.
 *
 * @param input the series, its group's limits and the group [start, end) to look in
 * @param marks written: `high` on the points of a run above, `low` below
 * @param length the shortest run that is a signal
 * @param onCentre what a point on the centre line does to a run
 * @param high the mark of a run above (default +1; `signalCodes` passes the label's code)
 * @param low the mark of a run below (default -1)
 * @returns nothing; the marks are written in place
 * @throws never
 * @example
 * // centre 5, values [6, 7, 6, 8, 9, 6], length 6 => every point marked +1
 */
export function shiftRule(
  input: RuleInput,
  marks: Marks,
  length: number,
  onCentre: "breaks" | "skipped",
  high = 1,
  low = -1,
): void {
  const sides = input.sides ?? centreSides(input);
  if (onCentre === "breaks") runsBrokenOnCentre(sides, marks, input.start, input.end, length, high, low);
  else runsSkippingCentre(sides, marks, input.start, input.end, length, high, low);
}

/**
 * MDC, NHSR and WECO: the run ending at each point counted without a branch on its side (a noisy
 * series changes side at random, so such a branch is mispredicted often); a run is marked whole when
 * it reaches `length` points, then point by point while it goes on, as `trendRule` does.
 */
function runsBrokenOnCentre(
  sides: Int8Array,
  marks: Marks,
  start: number,
  end: number,
  length: number,
  high: number,
  low: number,
): void {
  let run = 0;
  let previous = 0;
  for (let i = start; i < end; i++) {
    const here = sides[i];
    run = (run * Number(here === previous) + 1) * Number(here !== 0);
    previous = here;
    if (run < length) continue;
    const mark = here > 0 ? high : low;
    if (run === length) marks.fill(mark, i - length + 1, i + 1);
    else marks[i] = mark;
  }
}

/** Anhoej: points on the centre line neither break nor lengthen a run, and are not marked. */
function runsSkippingCentre(
  sides: Int8Array,
  marks: Marks,
  start: number,
  end: number,
  length: number,
  high: number,
  low: number,
): void {
  let side = 0;
  let runStart = start;
  let count = 0;
  for (let i = start; i <= end; i++) {
    const here = i < end ? sides[i] : 0;
    if (i < end && here === 0) continue;
    if (here !== 0 && here === side) {
      count++;
      continue;
    }
    if (side !== 0 && count >= length) markRun(sides, marks, runStart, i, side > 0 ? high : low);
    side = here;
    runStart = i;
    count = here === 0 ? 0 : 1;
  }
}

function markRun(sides: Int8Array, marks: Marks, from: number, to: number, mark: number): void {
  for (let i = from; i < to; i++) {
    if (sides[i] !== 0) marks[i] = mark;
  }
}
