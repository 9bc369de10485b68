import { meanMovingRange } from "./mean-moving-range";
import type { GroupLimits } from "./types";

/** 2.66 = 3 / d2 with d2 = 1.128 for moving ranges of two points, rounded as every XmR tool prints it. */
const LIMIT_FACTOR = 2.66;

/**
 * The limits of an XmR (individuals) chart, the Making Data Count standard: centre line = mean,
 * limits = mean +/- 2.66 x mean moving range, two-sigma lines = mean +/- (2/3) x 2.66 x mean moving
 * range. Screening (NHSRplotthedots) changes only the mean moving range, never the mean. The lower limit
 * is not floored at 0: for low counts it can be negative, as in NHSRplotthedots and the MDC tools.
 *
 * Missing values: none are accepted; the caller has checked every value is a finite number.
 *
 * @param values the baseline points the limits are computed from (at least 2)
 * @param screening screen the moving ranges (default false)
 * @returns the centre line, limits, two-sigma lines and one sigma
 * @throws {RangeError} when fewer than 2 points are given
 * @example
 * xmrLimits([10, 12, 11, 15]);
 * // mean 12, mR-bar 7/3 => limits 12 -/+ 6.2067, two-sigma 12 -/+ 4.1378, sigma 2.0689
 */
export function xmrLimits(values: readonly number[] | Float64Array, screening = false): GroupLimits {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i];
  const centreLine = total / values.length;
  const sigma = (LIMIT_FACTOR / 3) * meanMovingRange(values, screening);
  return {
    centreLine,
    lowerLimit: centreLine - 3 * sigma,
    upperLimit: centreLine + 3 * sigma,
    lowerTwoSigma: centreLine - 2 * sigma,
    upperTwoSigma: centreLine + 2 * sigma,
    sigma,
  };
}
