import { logGamma } from "./log-gamma";

/**
 * The natural log of the binomial probability of `k` successes in `n` trials with success chance `p`:
 * ln C(n, k) + k ln p + (n - k) ln(1 - p), with ln C(n, k) from `logGamma`. Working in logs keeps
 * probabilities such as 1e-103 (10,271 against 13,594 crimes) and far smaller ones representable
 * while they are compared and summed.
 *
 * Missing values: none; the arguments are checked by the caller (`poissonChangeTest`).
 *
 * @param k successes, an integer 0..n
 * @param n trials, a non-negative integer
 * @param p the chance of success, 0 < p < 1
 * @returns ln P(X = k); -Infinity outside 0..n
 * @throws never
 * @example
 * Math.exp(binomialLogPmf(2, 4, 0.5)); // => 0.375
 */
export function binomialLogPmf(k: number, n: number, p: number): number {
  if (k < 0 || k > n) return -Infinity;
  // Sums are grouped so that k and n - k swap without a rounding difference: with p = 0.5 (equal
  // exposures) P(k) and P(n - k) come out identical, as the two-sided rule expects of a tie.
  const logChoose = logGamma(n + 1) - (logGamma(k + 1) + logGamma(n - k + 1));
  const logP = Math.log(p);
  const logQ = p === 0.5 ? logP : Math.log1p(-p);
  return logChoose + (k * logP + (n - k) * logQ);
}
