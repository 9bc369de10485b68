/**
 * R's `qbinom(p, size, prob)`: the smallest x with P(X <= x) >= p for X ~ Binomial(size, prob). Anhoej's
 * runs analysis needs `qbinom(0.05, n - 1, 0.5)` as the fewest crossings a random series would show.
 * The probabilities are summed in log space from x = 0 upwards (terms too small for a double add nothing,
 * so long series do not underflow), and p is nudged down by 64 machine epsilons as R does, so that a
 * cumulative probability equal to p up to rounding counts as reaching it. Linear in `size`.
 *
 * Missing values: NaN in any argument is a `RangeError`.
 *
 * @param p the lower-tail probability, 0 <= p <= 1
 * @param size the number of trials, a whole number of at least 0
 * @param prob the success probability, 0 < prob < 1
 * @returns the quantile, a whole number from 0 to `size`
 * @throws {RangeError} when an argument is out of range
 * @example
 * binomialQuantile(0.05, 23, 0.5); // => 8  (qicharts2: 24 useful points need at least 8 crossings)
 * binomialQuantile(0.05, 59, 0.5); // => 23
 */
export function binomialQuantile(p: number, size: number, prob: number): number {
  if (!(p >= 0 && p <= 1) || !Number.isInteger(size) || size < 0 || !(prob > 0 && prob < 1)) {
    throw new RangeError(`qbinom needs 0 <= p <= 1, a whole size >= 0 and 0 < prob < 1; got ${p}, ${size}, ${prob}.`);
  }
  const target = p * (1 - 64 * Number.EPSILON);
  const logRatio = Math.log(prob) - Math.log(1 - prob);
  let logTerm = size * Math.log(1 - prob); // log P(X = 0)
  let cumulative = 0;
  for (let x = 0; x < size; x++) {
    cumulative += Math.exp(logTerm);
    if (cumulative >= target) return x;
    logTerm += Math.log((size - x) / (x + 1)) + logRatio;
  }
  return size;
}
