/**
 * The mean moving range of an XmR chart: the mean of |x[i] - x[i-1]| over consecutive points, optionally
 * screened as NHSRplotthedots and qicharts2 do (moving ranges at or above 3.267 x their mean are dropped
 * and the mean is taken again), so that one freak month does not widen the limits for every month.
 * 3.267 is D4, the upper limit of a moving-range chart. Screening is skipped when the mean moving range
 * is 0 (a constant series), because every range would then be "at or above" the cut and none would be left.
 *
 * Missing values: none are accepted; the caller has checked every value is a finite number.
 *
 * @param values the points of the group's baseline, in order (at least 2)
 * @param screening drop moving ranges >= 3.267 x mean moving range and recompute (default false, as MDC)
 * @returns the (screened) mean moving range
 * @throws {RangeError} when fewer than 2 points are given (there is no moving range)
 * @example
 * meanMovingRange([10, 12, 11, 15]);          // => (2 + 1 + 4) / 3 = 2.3333
 * meanMovingRange([10, 10, 10, 10, 50], true); // ranges 0,0,0,40, mean 10; 40 >= 32.67 dropped => 0
 */
export function meanMovingRange(values: readonly number[] | Float64Array, screening = false): number {
  if (values.length < 2) throw new RangeError("A moving range needs at least 2 points.");
  let total = 0;
  for (let i = 1; i < values.length; i++) total += Math.abs(values[i] - values[i - 1]);
  const mean = total / (values.length - 1);
  if (!screening || mean === 0) return mean;
  const cut = 3.267 * mean;
  let kept = 0;
  let keptTotal = 0;
  for (let i = 1; i < values.length; i++) {
    const range = Math.abs(values[i] - values[i - 1]);
    if (range < cut) {
      kept++;
      keptTotal += range;
    }
  }
  return keptTotal / kept;
}
