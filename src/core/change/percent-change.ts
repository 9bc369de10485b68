import { roundHalfAway } from "./round-half-away";

/**
 * The percentage change from `previous` to `current`, rounded to one decimal place as the
 * assessment prints it: (current - previous) / previous x 100, then rounded half away from zero
 * like Excel's ROUND.
 *
 * A change from zero has no percentage, so the result is `null`, shown as "N/A" in tables; callers
 * that need an Excel error (`#DIV/0!`) make it from that `null`.
 *
 * @param current the count in the later period
 * @param previous the count in the earlier period, the base of the comparison
 * @param decimals decimal places (default 1, as the assessment prints)
 * @returns the percentage change, or `null` when `previous` is 0
 * @throws {TypeError} when either count is not a finite number
 * @example
 * percentChange(11890, 9245); // => 28.6   (seed 2.6, victim based crime)
 * percentChange(501, 504);    // => -0.6
 */
export function percentChange(current: number, previous: number, decimals = 1): number | null {
  if (!Number.isFinite(current) || !Number.isFinite(previous)) {
    throw new TypeError(`A percentage change needs two numbers, not ${current} and ${previous}.`);
  }
  if (previous === 0) return null;
  return roundHalfAway(((current - previous) / previous) * 100, decimals);
}
