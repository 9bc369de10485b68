import { InputError } from "..";
import { horner } from "./horner";
import { normalCdf } from "./normal-cdf";

/**
 * The standard normal quantile (inverse CDF): the `z` with Phi(z) = p, such as 1.959964 for p = 0.975,
 * the multiplier of a 95% margin of error. Excel's NORM.S.INV.
 *
 * Algorithm: Peter Acklam's rational approximation (relative error below 1.15e-9), with its central
 * region and two tails, followed by one step of Halley's method against `normalCdf`, which brings the
 * result to near double precision, as Acklam recommends.
 *
 * Missing values: NaN is an error.
 *
 * @param p the probability, strictly between 0 and 1
 * @returns the quantile z
 * @throws {InputError} when `p` is not strictly between 0 and 1
 * @example
 * normalQuantile(0.975); // => 1.959963984540054
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new InputError(`A probability must be between 0 and 1, not ${String(p)}.`);
  const x = acklam(p);
  const error = normalCdf(x) - p;
  const u = error * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
  return x - u / (1 + (x * u) / 2);
}

const A = [
  -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239,
];
const B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572, 1];
const C = [
  -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
];
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416, 1];
const P_LOW = 0.02425;

function acklam(p: number): number {
  if (p < P_LOW) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - P_LOW) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return (q * horner(r, A)) / horner(r, B);
}

function tail(q: number): number {
  return horner(q, C) / horner(q, D);
}
