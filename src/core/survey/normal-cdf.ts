import { horner } from "./horner";
/**
 * The standard normal cumulative distribution function Phi(x): the probability that a standard normal
 * variable is at most `x`. Used for the p-value of a two-proportion test and to polish the normal
 * quantile.
 *
 * Algorithm: Hart (1968) algorithm 5666 as given in G. West, "Better approximations to cumulative
 * normal functions" (Wilmott Magazine, 2005), figure 2: a rational approximation below |x| = 7.07 and
 * a continued fraction beyond, accurate to about 1e-15 absolute everywhere. It computes the smaller
 * tail directly, so small p-values keep their relative accuracy (about 1e-10 at x = -5).
 *
 * Missing values: NaN gives NaN; -Infinity gives 0 and +Infinity 1.
 *
 * @param x the point
 * @returns Phi(x), between 0 and 1
 * @throws nothing
 * @example
 * normalCdf(1.96); // => 0.9750021048517795
 */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const tail = lowerTail(Math.abs(x));
  return x > 0 ? 1 - tail : tail;
}

/** Phi(-a) for a >= 0. */
function lowerTail(a: number): number {
  if (a > 37) return 0;
  const density = Math.exp((-a * a) / 2);
  if (a >= 7.07106781186547) {
    let b = a + 0.65;
    b = a + 4 / b;
    b = a + 3 / b;
    b = a + 2 / b;
    b = a + 1 / b;
    return density / b / 2.506628274631;
  }
  const numerator = horner(
    a,
    [
      0.0352624965998911, 0.700383064443688, 6.37396220353165, 33.912866078383, 112.079291497871, 221.213596169931,
      220.206867912376,
    ],
  );
  const denominator = horner(
    a,
    [
      0.0883883476483184, 1.75566716318264, 16.064177579207, 86.7807322029461, 296.564248779674, 637.333633378831,
      793.826512519948, 440.413735824752,
    ],
  );
  return (density * numerator) / denominator;
}
