import { monthName } from "../periods";
import { rollingYearLabel } from "../periods";
import type { HeaderCell } from "./table-model";

/**
 * The two header rows of a rolling-year table, as seed tables 2.6 and 3.1 print them:
 * `corner | Month | Rolling year (spanning the years) | Number change | % change`, then
 * `"" | October 2017 | RY ending Oct 2017 | RY ending Oct 2016 | "" | ""`.
 *
 * @param corner the top-left cell ("" for 2.6, the category for 3.1, such as "Violent crime")
 * @param endMonth the end month index
 * @param years 2 or 3 rolling years
 * @param significance true to add the "Significant change" column after % change
 * @returns the header rows
 * @example
 * rollingYearHeader("", monthIndex(2017, 10), 2)[1][2]; // => { text: "RY ending Oct 2017" }
 */
export function rollingYearHeader(
  corner: string,
  endMonth: number,
  years: 2 | 3,
  significance = false,
): HeaderCell[][] {
  const top: HeaderCell[] = [{ text: corner }, { text: "Month" }, { text: "Rolling year", span: years }];
  const second: HeaderCell[] = [{ text: "" }, { text: monthName(endMonth) }];
  for (let k = 0; k < years; k++) second.push({ text: rollingYearLabel(endMonth - 12 * k) });
  top.push({ text: "Number change" }, { text: "% change" });
  second.push({ text: "" }, { text: "" });
  if (significance) {
    top.push({ text: "Significant change" });
    second.push({ text: "" });
  }
  return [top, second];
}
