import { formatCell } from "../house-style";
import { changeOf } from "./change-of";

/** Which change `changeText` writes: the number change or the percentage change. */
export type ChangeKind = "NUMBER" | "PERCENT";

/**
 * The text of a change as the assessment prints it, with its sign: "+2645" and "-3" for a number
 * change, "+28.6%" and "-0.6%" for a percentage change (one decimal, rounded half away from zero like
 * Excel's ROUND). A percentage change from 0, or with a count missing, is "N/A". The text comes from
 * `formatCell`, so a cell written by any table writer reads the same.
 *
 * Missing values: `null` for either count gives "N/A"; NaN or infinity is an error.
 *
 * @param current the count in the later period, or null
 * @param previous the count in the earlier period, or null
 * @param kind "NUMBER" (default) or "PERCENT"
 * @param change the change as `changeOf` works it (worked here when not given; a caller that checks the
 *   number first passes it, so it is worked once)
 * @returns the signed text, or "N/A"
 * @throws {InputError} when a count is a number that is not finite
 * @example
 * changeText(11890, 9245);            // => "+2645"
 * changeText(11890, 9245, "PERCENT"); // => "+28.6%"
 * changeText(5, 0, "PERCENT");        // => "N/A"
 */
export function changeText(
  current: number | null,
  previous: number | null,
  kind: ChangeKind = "NUMBER",
  change: number | null = changeOf(current, previous, kind),
): string {
  return formatCell({ kind: kind === "NUMBER" ? "change" : "percentChange", value: change });
}
