import { InputError } from "..";
import { checkValues } from "./check-values";
import type { SpcChart } from "./types";

/**
 * Step changes: where a series' centre line and limits are recalculated. Scanning forward, the current
 * group's mean is the mean of its points so far; when the next `runLength` consecutive points all fall
 * strictly on one side of it (a point on the mean breaks the run), a new group starts at the first of
 * them and the scan goes on from there. A step is only placed where the group before it keeps at least
 * `minSegment` points and the points from the step to the end number at least `minSegment` (and
 * `runLength`), so no group is shorter than `minSegment`.
 *
 * Two named rules use it (see `stepRule`): the toolkit's default, a sustained shift (a run of 7, the
 * NHSRplotthedots / Making Data Count shift rule) with no group shorter than a 12-point baseline
 * (NHS England's SPC tool warns on partitions under 12 points, NHSRplotthedots fixes limits on no fewer
 * than 12: ../shared/notes/spc-methods.md sections 2.5 and 4.1), because limits worked out from 5 points
 * move with the noise; and Kent's "5 data point step change" (seed sections 2.2, 2.3 and Appendix 3: "if
 * the figures are consistently below the CL ... the centre line and the control limits [are] lowered,
 * often referred to as a 'step change'"), no public definition of which exists, read after
 * runcharter's rebasing (spc-methods.md section 5): runs of 5 and groups of 5 or more.
 * The centre line is the mean for both chart types, so `chart` only decides the checks (a c chart
 * needs counts of 0 or more). Time is linear in the number of points (times `runLength`).
 *
 * Missing values: none accepted; NaN or any non-number is an `InputError` naming the point.
 *
 * @param values the series, in time order
 * @param runLength points in a run that makes a step (default 5)
 * @param chart "XMR" (default) or "C"
 * @param minSegment fewest points in any group (default `runLength`)
 * @returns the 1-based point numbers where new groups start, ready to pass as `rebaseAt`; [] for none
 * @throws {NotAvailableError} with fewer than 2 points
 * @throws {InputError} for a value that is not a number, or a run length or minimum that is not a whole number >= 2
 * @example
 * automaticSteps([10, 11, 9, 10, 10, 20, 21, 19, 22, 20]); // => [6]
 */
export function automaticSteps(
  values: readonly number[] | Float64Array,
  runLength = 5,
  chart: SpcChart = "XMR",
  minSegment = runLength,
): number[] {
  checkValues(values, chart);
  if (!Number.isInteger(runLength) || runLength < 2) {
    throw new InputError(`The run length must be a whole number of at least 2, not ${runLength}.`);
  }
  if (!Number.isInteger(minSegment) || minSegment < 2) {
    throw new InputError(
      `The fewest points between step changes must be a whole number of at least 2, not ${minSegment}.`,
    );
  }
  const after = Math.max(minSegment, runLength); // points a new group needs from its first point
  const steps: number[] = [];
  let groupStart = 0;
  let groupTotal = 0;
  let added = 0; // values[groupStart .. added - 1] are in groupTotal
  for (let runStart = minSegment; runStart + after <= values.length; runStart++) {
    while (added < runStart) groupTotal += values[added++];
    const mean = groupTotal / (runStart - groupStart);
    if (!runsOneSide(values, runStart, runLength, mean)) continue;
    steps.push(runStart + 1);
    groupStart = runStart;
    groupTotal = 0;
    added = runStart;
    runStart += minSegment - 1; // the loop's ++ makes the next candidate groupStart + minSegment
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
