import { InputError } from "..";
import type { CombineRule } from "./profile";

/**
 * Combines a section's points (or the section totals) by a profile's rule: `sum` adds them, `max` takes
 * the largest, `product` multiplies them. The result is cut to 15 significant digits, as Excel shows
 * numbers, so that fractional points (0.8 x 3 = 2.4000000000000004) compare with band thresholds the way
 * the analyst reads them.
 *
 * Missing values: none are accepted; every value must be a finite number (callers turn blanks into
 * missing-rating errors first).
 *
 * @param rule the combining rule
 * @param values at least one number
 * @returns the combined number
 * @throws {InputError} when there are no values or one is not a finite number
 * @example
 * combine("sum", [4, 4, 2]);     // => 10
 * combine("max", [4, 4, 2]);     // => 4
 * combine("product", [98, 3, 4]); // => 1176
 */
export function combine(rule: CombineRule, values: readonly number[]): number {
  if (values.length === 0) throw new InputError(`The ${rule} rule needs at least one value.`);
  const bad = values.find((value) => !Number.isFinite(value));
  if (bad !== undefined) throw new InputError(`The ${rule} rule needs numbers, not ${bad}.`);
  const result =
    rule === "sum"
      ? values.reduce((a, b) => a + b, 0)
      : rule === "max"
        ? Math.max(...values)
        : values.reduce((a, b) => a * b, 1);
  return Number(result.toPrecision(15));
}
