import { SPC_RULES } from "../spc/types";
import { SIGNIFICANCE_LEVEL } from "../significance/significance-level";
import type { OptionSchema } from "./recipe";

/**
 * The options several recipes share, declared once. A recipe lists those it takes; where it reads one
 * differently (years 2 or 3, or 1 to 10), it spreads the shared one and changes what differs.
 */
export const OPTIONS = {
  area: { name: "area", type: "text", label: "Area", description: "area (district) the table is for", defaultText: "all areas" },
  category: { name: "category", type: "text", label: "Category", description: 'category or group, e.g. "Violent crime"', defaultText: "All crime" },
  endMonth: { name: "endMonth", type: "month", label: "End month", description: "last month of the table, YYYY-MM", defaultText: "latest month in the data" },
  grouping: { name: "grouping", type: "grouping", label: "Crime grouping", description: "none, police-uk, or a grouping table FILE (Crime type, Group, Sub-group, Summary)", defaultText: "police.uk grouping (seed 2.6) for crimes, none for other kinds" },
  divisions: { name: "divisions", type: "table", label: "Divisions table", description: "district-to-division table (District, Division), for subtotals", defaultText: "no subtotals" },
  years: { name: "years", type: "whole", label: "Number of years", description: "number of years shown, 2 or 3", defaultText: "2", defaultValue: 2, range: { min: 2, max: 3 } },
  significance: { name: "significance", type: "level", label: "Significance level", description: "add a Significant change column (exact test for two Poisson counts) at LEVEL", defaultText: `no column; ${SIGNIFICANCE_LEVEL} when given without a level`, defaultValue: SIGNIFICANCE_LEVEL, mustBe: "The significance level must be between 0 and 1, such as 0.05" },
  startMonth: { name: "startMonth", type: "whole", label: "Start month", description: "month number the year starts in", defaultText: "1 (calendar years)", defaultValue: 1, range: { min: 1, max: 12 }, mustBe: "The start month must be a month number from 1 to 12" },
} satisfies Record<string, OptionSchema>;

/** The options of the SPC charts and of their summary table, so both read the series under the same rules and steps. */
export const SPC_OPTIONS: readonly OptionSchema[] = [
  OPTIONS.area,
  { name: "categories", type: "list", label: "Series", description: "series to chart, comma-separated", defaultText: "All crime and each top-level group" },
  OPTIONS.endMonth,
  { name: "months", type: "whole", label: "Months charted", description: "months charted, ending at the end month", defaultText: "every month of the data", range: { min: 2 }, mustBe: "An SPC chart needs 2 or more months" },
  OPTIONS.grouping,
  { name: "rules", type: "choice", label: "SPC rules", description: "SPC rules: MDC, NHSR, WECO or ANHOEJ", defaultText: "MDC", defaultValue: "MDC", choices: SPC_RULES, mustBe: `The SPC rules must be one of ${SPC_RULES.join(", ")}` },
  { name: "steps", type: "text", label: "Step changes", description: "automatic step changes: none, auto, or the points in a row on one side that make one", defaultText: "auto (5 points)", defaultValue: "auto" },
];
