/**
 * A second, independent implementation of R's two-sided exact test for two Poisson counts, in exact
 * rational arithmetic with BigInt, for the tests of `poissonChangeTest`. It follows R's binom.test
 * source (stats/R/binom.test.R) line by line: d = P(X = x); if x = np the p-value is 1; if x < np it
 * is P(X <= x) + P(X >= n - y + 1), where y counts the outcomes in ceiling(np)..n with
 * P <= d (1 + 1e-7); otherwise P(X <= y - 1) + P(X >= x) with y counting 0..floor(np). Each
 * probability is C(n, k) e1^k e2^(n-k) / (e1 + e2)^n with whole-number exposures, so every comparison
 * and sum is exact; only the final division rounds.
 */
function choose(n: number, k: number): bigint {
  let result = 1n;
  for (let i = 1; i <= k; i++) result = (result * BigInt(n - k + i)) / BigInt(i);
  return result;
}

function ratio(numerator: bigint, denominator: bigint): number {
  if (numerator === 0n) return 0;
  const shift = denominator.toString(2).length - numerator.toString(2).length + 64;
  const scaled = shift >= 0 ? (numerator << BigInt(shift)) / denominator : numerator / (denominator << BigInt(-shift));
  return Number(scaled) * 2 ** -shift;
}

/** The p-value of R's poisson.test(c(x1, x2), c(e1, e2)), exactly, for whole-number exposures. */
export function exactPoissonTest(x1: number, x2: number, e1: number, e2: number): number {
  const n = x1 + x2;
  if (n === 0) return 1;
  const weight = (k: number) => choose(n, k) * BigInt(e1) ** BigInt(k) * BigInt(e2) ** BigInt(n - k);
  const total = BigInt(e1 + e2) ** BigInt(n);
  const d = weight(x1);
  // x < np  <=>  x (e1 + e2) < n e1, in whole numbers.
  const lhs = x1 * (e1 + e2);
  const rhs = n * e1;
  if (lhs === rhs) return 1;
  const tie = (k: number) => weight(k) * 10_000_000n <= d * 10_000_001n;
  const sum = (from: number, to: number) => {
    let s = 0n;
    for (let k = from; k <= to; k++) s += weight(k);
    return s;
  };
  let tails: bigint;
  if (lhs < rhs) {
    const start = Math.ceil(rhs / (e1 + e2));
    let y = 0;
    for (let i = start; i <= n; i++) if (tie(i)) y++;
    tails = sum(0, x1) + sum(n - y + 1, n);
  } else {
    const end = Math.floor(rhs / (e1 + e2));
    let y = 0;
    for (let i = 0; i <= end; i++) if (tie(i)) y++;
    tails = sum(0, y - 1) + sum(x1, n);
  }
  return Math.min(1, ratio(tails, total));
}
