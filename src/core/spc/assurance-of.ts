import { NotAvailableError } from "..";
import type { Assurance, Improvement } from "./types";

/**
 * Making Data Count's assurance icon: can the process be relied on to meet a target, judged against the
 * latest point's limits (NHS England SQL v2.6, which uses <= and >=, so a target exactly on a limit
 * counts as passing or failing; NHSRplotthedots uses strict inequalities there). For "UP" (higher is
 * better): target <= lower limit => consistently passing, target >= upper limit => consistently failing,
 * otherwise hit and miss; "DOWN" (crime) is the mirror.
 *
 * Missing values: the target must be a finite number; NaN is an error.
 *
 * @param target the target value
 * @param lowerLimit the latest point's lower limit
 * @param upperLimit the latest point's upper limit
 * @param improvement which direction is better
 * @returns "Consistently passing", "Consistently failing" or "Hit and miss"
 * @throws {NotAvailableError} when the improvement direction is "NEITHER" (no pass or fail without one)
 * @throws {RangeError} when the target is not a finite number
 * @example
 * assuranceOf(100, 120, 180, "DOWN"); // => "Consistently failing" (every month is expected above 100)
 * assuranceOf(200, 120, 180, "DOWN"); // => "Consistently passing"
 */
export function assuranceOf(
  target: number,
  lowerLimit: number,
  upperLimit: number,
  improvement: Improvement,
): Assurance {
  if (!Number.isFinite(target)) throw new RangeError(`The target must be a number, not ${target}.`);
  if (improvement === "NEITHER") {
    throw new NotAvailableError("Assurance needs an improvement direction, UP or DOWN; NEITHER has no pass or fail.");
  }
  const higherIsBetter = improvement === "UP";
  if (target <= lowerLimit) return higherIsBetter ? "Consistently passing" : "Consistently failing";
  if (target >= upperLimit) return higherIsBetter ? "Consistently failing" : "Consistently passing";
  return "Hit and miss";
}
