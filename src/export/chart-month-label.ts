import { SHORT_MONTH_NAMES } from "../core/periods";

/**
 * The label of a month under an SPC chart's axis, in the short form charts in the assessment use:
 * "2022-10" (a ChartSeries month key) becomes "Oct 22", narrow enough for 36 months across a page.
 *
 * Missing values: a key that is not "YYYY-MM" (including "") is shown as it is, so nothing is hidden.
 *
 * @param key a month key such as "2022-10"
 * @returns the label, such as "Oct 22"
 * @throws nothing
 * @example
 * chartMonthLabel("2022-10"); // => "Oct 22"
 */
export function chartMonthLabel(key: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(key);
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12) return key;
  return `${SHORT_MONTH_NAMES[month - 1]} ${match[1].slice(2)}`;
}
