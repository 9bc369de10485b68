import { centreSides } from "./centre-sides";
import type { Marks, RuleInput } from "../types";

/**
 * A shift: `length` or more consecutive points on the same side of the centre line; every point of the
 * run is marked. MDC (6), NHSRplotthedots (7) and Western Electric (8) let a point exactly on the
 * centre line break the run ("breaks"); Anhoej's runs analysis (qicharts2) skips such points, which
 * neither break nor lengthen the run and are not marked ("skipped").
 *
 * Missing values: none; the series has been checked.
 *
 * @param input the series, its lines and the group [start, end) to look in
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
export function shiftRule(input: RuleInput, marks: Marks, length: number, onCentre: "breaks" | "skipped", high = 1, low = -1): void {
  const { start, end } = input;
  const sides = input.sides ?? centreSides(input);
  const skipped = onCentre === "skipped";
  let side = 0;
  let runStart = start;
  let count = 0;
  for (let i = start; i <= end; i++) {
    const here = i < end ? sides[i] : 0;
    if (i < end && here === 0 && skipped) continue;
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

/** Marks the off-centre points of [from, to) with `mark`. */
function markRun(sides: Int8Array, marks: Marks, from: number, to: number, mark: number): void {
  for (let i = from; i < to; i++) {
    if (sides[i] !== 0) marks[i] = mark;
  }
}
