import { InputError } from "..";
import { normalQuantile } from "./normal-quantile";

/** How a margin of error is worked out: the normal approximation or the Wilson score interval. */
export type MarginMethod = "NORMAL" | "WILSON";

/**
 * The margin of error of a survey proportion at a confidence level, as a proportion (0.020 = +/-2.0%).
 * - "NORMAL" (default): z x sqrt(p(1 - p) / n), the figure survey reports quote; with p = 0.5 it is the
 *   largest margin for that many responses (seed Appendix 5: 2,350 responses give +/-2.0% at 95%).
 * - "WILSON": the half-width of the Wilson score interval, z / (1 + z^2/n) x sqrt(p(1-p)/n + z^2/(4n^2)),
 *   which stays honest for small groups and proportions near 0 or 1 (a ward with 20 responses), where
 *   the normal margin shrinks to nothing.
 * z is the normal quantile for the two-sided confidence level (1.96 at 95%).
 *
 * Missing values: NaN or blank inputs are errors. `n` may be an effective sample size with a fraction
 * (see `weightedProportion`).
 *
 * @param proportion the observed proportion, 0 to 1 (0.5 for the widest margin)
 * @param n the number of responses, more than 0
 * @param confidence the confidence level, strictly between 0 and 1 (default 0.95)
 * @param method "NORMAL" (default) or "WILSON"
 * @returns the margin of error as a proportion
 * @throws {InputError} when a value is outside its range
 * @example
 * marginOfError(0.5, 2350); // => 0.02022 (+/-2.0%)
 */
export function marginOfError(
  proportion: number,
  n: number,
  confidence = 0.95,
  method: MarginMethod = "NORMAL",
): number {
  checkProportion(proportion, n);
  if (!(confidence > 0 && confidence < 1)) {
    throw new InputError(`The confidence level must be between 0 and 1, such as 0.95, not ${String(confidence)}.`);
  }
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const variance = (proportion * (1 - proportion)) / n;
  if (method === "NORMAL") return z * Math.sqrt(variance);
  return (z / (1 + (z * z) / n)) * Math.sqrt(variance + (z * z) / (4 * n * n));
}

function checkProportion(proportion: number, n: number): void {
  if (!(proportion >= 0 && proportion <= 1)) {
    throw new InputError(`The proportion must be between 0 and 1 (50% is 0.5), not ${String(proportion)}.`);
  }
  if (!(n > 0 && Number.isFinite(n)))
    throw new InputError(`The number of responses must be more than 0, not ${String(n)}.`);
}
