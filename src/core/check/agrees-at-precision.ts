import { roundHalfAway } from "../change";
import { nearlyEqual } from "./nearly-equal";
import type { PrintedNumber } from "./check-types";

/**
 * Whether a printed value agrees with the value recomputed from the cells it derives from. Tables
 * print rounded values, so the recomputed value is first rounded as Excel's ROUND would round it to
 * the printed number of decimals: a printed "+43.7%" agrees with 1635 / 3743 = 43.68...%, a printed
 * "48" rate with 48.3. A tiny difference left by binary arithmetic (1e-9 relative) is not a disagreement.
 *
 * Missing values: a printed cell without a value (blank, N/A, text) or a recomputed value that is not
 * finite never agrees; callers check only cells that hold a number.
 *
 * @param printed the printed cell, read by parsePrintedNumber
 * @param recomputed the value worked out from the other cells
 * @returns true when the printed value is the recomputed one at the printed precision
 * @throws never
 * @example
 * agreesAtPrecision(parsePrintedNumber("+43.7%"), 43.68421); // => true
 * agreesAtPrecision(parsePrintedNumber("+ 725"), 1443);      // => false
 */
export function agreesAtPrecision(printed: PrintedNumber, recomputed: number): boolean {
  if (printed.value === null || !Number.isFinite(recomputed)) return false;
  const rounded = roundHalfAway(recomputed, printed.decimals);
  return nearlyEqual(rounded, printed.value) || nearlyEqual(recomputed, printed.value);
}
