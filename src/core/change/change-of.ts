import type { ChangeKind } from "./change-text";
import { numberChange } from "./number-change";
import { percentChange } from "./percent-change";

/**
 * The change `changeText` writes, as a number: the number change (later minus earlier), or the
 * percentage change rounded to one decimal half away from zero, as the assessment prints it. A caller
 * that must check the number before it becomes text (CSP.CHANGETEXT refuses one beyond Excel's range)
 * works it here once and hands it to `changeText`.
 *
 * Missing values: `null` for either count, or a percentage change from 0, gives `null` (the report's
 * N/A); NaN or infinity is an error.
 *
 * @param current the count in the later period, or null
 * @param previous the count in the earlier period, or null
 * @param kind "NUMBER" (default) or "PERCENT"
 * @returns the change, or null where the report writes N/A
 * @throws {InputError} when a count is a number that is not finite
 * @example
 * changeOf(11890, 9245);            // => 2645
 * changeOf(11890, 9245, "PERCENT"); // => 28.6
 * changeOf(5, 0, "PERCENT");        // => null
 */
export function changeOf(current: number | null, previous: number | null, kind: ChangeKind = "NUMBER"): number | null {
  const change = numberChange(current, previous);
  if (kind === "NUMBER" || change === null) return change;
  return percentChange(current as number, previous as number);
}
