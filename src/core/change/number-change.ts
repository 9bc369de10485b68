import { InputError } from "..";

/**
 * The number change from `previous` to `current` (current - previous), the "Number change" column of
 * the assessment's tables (seed 2.6: 11890 - 9245 = +2645).
 *
 * Missing values: a blank or non-comparable count is the caller's `null` and gives `null` ("N/A" in a
 * table, as the seed prints burglary after the 2017 category change); NaN or infinity is an error.
 *
 * @param current the count in the later period, or null when there is none
 * @param previous the count in the earlier period, or null when there is none
 * @returns the difference, or null when either count is null
 * @throws {InputError} when a count is a number that is not finite
 * @example
 * numberChange(11890, 9245); // => 2645
 * numberChange(501, 504);    // => -3
 */
export function numberChange(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null) return null;
  if (!Number.isFinite(current) || !Number.isFinite(previous)) {
    throw new InputError(`A number change needs two numbers, not ${current} and ${previous}.`);
  }
  return current - previous;
}
