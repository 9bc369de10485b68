import type { MonthWindow } from "./month-window";
import { monthLabel } from "./month-label";
import { monthName } from "./month-name";

/**
 * The span of a period as the assessment's column heads and titles write it: "Nov 2016 - Oct 2017"
 * (seed section 4.1), or in full "November 2016 - October 2017" (section titles). A one-month period
 * is just that month.
 *
 * @param period the months, both ends included
 * @param style "short" (default) for "Nov 2016", "long" for "November 2016"
 * @returns the label
 * @throws nothing
 * @example
 * windowLabel(rollingYear(monthIndex(2017, 10))); // => "Nov 2016 - Oct 2017"
 */
export function windowLabel(period: MonthWindow, style: "short" | "long" = "short"): string {
  const name = style === "long" ? monthName : monthLabel;
  return period.first === period.last ? name(period.first) : `${name(period.first)} - ${name(period.last)}`;
}
