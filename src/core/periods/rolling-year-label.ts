import { monthLabel } from "./month-label";
import { monthName } from "./month-name";

/**
 * The heading of a rolling-year column as the assessment writes it: "RY ending Oct 2017" (seed
 * section 2.6), or with the month in full, "RY ending October 2017" (section 3.1).
 *
 * @param endMonth the month index of the rolling year's last month
 * @param style "short" (default) for "Oct 2017", "long" for "October 2017"
 * @returns the heading
 * @throws nothing
 * @example
 * rollingYearLabel(monthIndex(2017, 10)); // => "RY ending Oct 2017"
 */
export function rollingYearLabel(endMonth: number, style: "short" | "long" = "short"): string {
  return `RY ending ${style === "long" ? monthName(endMonth) : monthLabel(endMonth)}`;
}
