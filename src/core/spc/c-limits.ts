import type { GroupLimits } from "./types";

/**
 * The limits of a c chart (Poisson counts, as qicharts2's chart = "c"): centre line = mean count,
 * sigma = sqrt(mean), limits = mean +/- 3 sigma, two-sigma lines = mean +/- 2 sigma. Lines below zero
 * are floored at 0, since a count cannot be negative (Montgomery; qicharts2 floors the lower limit).
 * A series of all zeros has every line at 0 and, because signals need strict inequalities, no signals.
 *
 * Missing values: none are accepted; the caller has checked every value is a finite, non-negative count.
 *
 * @param values the baseline counts the limits are computed from (at least 1)
 * @returns the centre line, limits, two-sigma lines and one sigma
 * @throws {RangeError} when no counts are given
 * @example
 * cLimits([4, 9, 2]); // mean 5, sigma 2.2361 => lower 0 (5 - 6.708 floored), upper 11.708, two-sigma 0.528 / 9.472
 */
export function cLimits(values: readonly number[] | Float64Array): GroupLimits {
  if (values.length === 0) throw new RangeError("A c chart needs at least 1 count.");
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i];
  const centreLine = total / values.length;
  const sigma = Math.sqrt(centreLine);
  return {
    centreLine,
    lowerLimit: Math.max(0, centreLine - 3 * sigma),
    upperLimit: centreLine + 3 * sigma,
    lowerTwoSigma: Math.max(0, centreLine - 2 * sigma),
    upperTwoSigma: centreLine + 2 * sigma,
    sigma,
  };
}
