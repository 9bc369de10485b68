import { roundHalfAway } from "../change";
import type { PrintedNumber } from "./check-types";

/**
 * A recomputed value written the way the printed cell it replaces is written: the same number of
 * decimals (rounded as Excel's ROUND), a % sign when the printed cell has one or the column is a
 * percentage, and a "+" before a rise when the column is a change ("+1443", "+42.6%"), so a finding
 * reads printed value beside right value in the table's own style.
 *
 * Missing values: a value that is not finite is written "N/A".
 *
 * @param value the recomputed value
 * @param like the printed cell
 * @param style signed: a change column; percent: a percentage column
 * @returns the text
 * @throws never
 * @example
 * printedLike(1443, parsePrintedNumber("+ 725"), { signed: true });  // => "+1443"
 * printedLike(42.566, parsePrintedNumber("+21.4%"), { signed: true, percent: true }); // => "+42.6%"
 */
export function printedLike(
  value: number,
  like: PrintedNumber,
  style: { signed?: boolean; percent?: boolean } = {},
): string {
  if (!Number.isFinite(value)) return "N/A";
  const decimals = like.value === null ? (style.percent ? 1 : 0) : like.decimals;
  const rounded = roundHalfAway(value, decimals);
  const text = rounded === 0 ? (0).toFixed(decimals) : rounded.toFixed(decimals);
  const sign = style.signed && rounded > 0 ? "+" : "";
  return `${sign}${text}${style.percent || like.kind === "percent" ? "%" : ""}`;
}
