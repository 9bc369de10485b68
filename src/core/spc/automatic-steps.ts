import { InputError } from "../errors";
import { checkValues } from "./check-values";
import type { SpcChart } from "./types";

/**
 * The police "5 data point step change" (seed sections 2.2, 2.3 and Appendix 3: "if the figures are
 * consistently below the CL ... the centre line and the control limits [are] lowered, often referred to
 * as a 'step change'"). No public definition exists; this is the toolkit's reading of police practice,
 * after runcharter's rebasing (../shared/notes/spc-methods.md section 5):
 * scanning forward, the current group's mean is the mean of its points so far; when the next
 * `runLength` consecutive points all fall strictly on one side of it (a point on the mean breaks the
 * run), a new group starts at the first of them and the scan goes on from there. A run is only looked
 * for once the current group has `runLength` points, so no group is shorter than `runLength`.
 * The centre line is the mean for both chart types, so `chart` only decides the checks (a c chart
 * needs counts of 0 or more). Time is linear in the number of points (times `runLength`).
 *
 * Missing values: none accepted; NaN or any non-number is an `InputError` naming the point.
 *
 * @param values the series, in time order
 * @param runLength points in a run that makes a step (default 5)
 * @param chart "XMR" (default) or "C"
 * @returns the 1-based point numbers where new groups start, ready to pass as `rebaseAt`; [] for none
 * @throws {NotAvailableError} with fewer than 2 points
 * @throws {InputError} for a value that is not a number, or a run length that is not a whole number >= 2
 * @example
 * automaticSteps([10, 11, 9, 10, 10, 20, 21, 19, 22, 20]); // => [6]
 */
export function automaticSteps(values: readonly number[] | Float64Array, runLength = 5, chart: SpcChart = "XMR"): number[] {
  checkValues(values, chart);
  if (!Number.isInteger(runLength) || runLength < 2) {
    throw new InputError(`The run length must be a whole number of at least 2, not ${runLength}.`);
  }
  const steps: number[] = [];
  let groupStart = 0;
  let groupTotal = 0;
  for (let i = 0; i < runLength - 1 && i < values.length; i++) groupTotal += values[i];
  for (let runStart = runLength; runStart + runLength <= values.length; runStart++) {
    groupTotal += values[runStart - 1];
    const mean = groupTotal / (runStart - groupStart);
    if (!runsOneSide(values, runStart, runLength, mean)) continue;
    steps.push(runStart + 1);
    groupStart = runStart;
    groupTotal = 0;
    for (let i = runStart; i < runStart + runLength - 1; i++) groupTotal += values[i];
    runStart += runLength - 1; // the loop's ++ makes the next candidate groupStart + runLength
  }
  return steps;
}

/** True when values[from .. from + length - 1] are all strictly above, or all strictly below, `mean`. */
function runsOneSide(values: readonly number[] | Float64Array, from: number, length: number, mean: number): boolean {
  const side = Math.sign(values[from] - mean);
  if (side === 0) return false;
  for (let i = from + 1; i < from + length; i++) if (Math.sign(values[i] - mean) !== side) return false;
  return true;
}
