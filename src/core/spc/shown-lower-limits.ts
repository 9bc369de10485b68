/**
 * The lower limits as a chart, a table and a spilled function show them: floored at 0 when the series has
 * no negative value (a count, or a rate of counts), as qicharts2 does with `y.neg = FALSE` and for its c
 * chart, because a lower limit below 0 says nothing a count could reach. A series with a negative value
 * (a change, a difference) keeps its limits as they are. The rules are judged on the limits unfloored
 * (as NHSRplotthedots and the MDC tools do); for a series without negative values the floor changes no
 * signal, since "below the lower limit" is strict and no value is below 0.
 *
 * Missing values: none in `values` (the caller has checked them); limits are copied as they are when
 * not below 0, NaN included.
 *
 * @param lowerLimits the lower limits (one per point or one per group)
 * @param values the series the limits belong to
 * @returns a new array of the limits, each floored at 0 when `values` has no negative value
 * @throws never
 * @example
 * shownLowerLimits([-4.32, 2], [0, 1, 0, 3, 0, 2]); // => [0, 2]
 * shownLowerLimits([-4.32], [0, -1, 0, 3]); // => [-4.32]
 */
export function shownLowerLimits(lowerLimits: readonly number[], values: ArrayLike<number>): number[] {
  for (let i = 0; i < values.length; i++) if (values[i] < 0) return [...lowerLimits];
  return lowerLimits.map((limit) => (limit < 0 ? 0 : limit));
}
