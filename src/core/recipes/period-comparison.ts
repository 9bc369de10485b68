import { periodComparison } from "../tables";
import { defineRecipe } from "./define-recipe";
import { OPTIONS, PARTNER_OPTIONS } from "./options";
import { rankChoice } from "../tables";
import { byOption, groupingOf, records, totalRowShown } from "./read-options";

/** Seed tables 4.1 and 3.2: two or three periods a year apart, by area or by category. */
export const periodComparisonRecipe = defineRecipe({
  id: "period-comparison",
  title: "Periods compared by area or category",
  description: "Two or three periods a year apart by area or category, number and % difference, ranked.",
  seed: "4.1, 3.2",
  input: "records",
  standard: true,
  options: [
    {
      name: "by",
      type: "choice",
      label: "Rows by",
      description: "rows by area or category",
      defaultText: "area",
      defaultValue: "area",
      choices: ["area", "category"],
      mustBe: 'Rows can be by "area" or "category"',
    },
    OPTIONS.category,
    OPTIONS.area,
    OPTIONS.endMonth,
    {
      name: "periodMonths",
      type: "whole",
      label: "Period length (months)",
      description: "months in each period, 1 to 12",
      defaultText: "12",
      defaultValue: 12,
      range: { min: 1, max: 12 },
      mustBe: "Each period must be 1 to 12 months",
    },
    {
      ...OPTIONS.years,
      label: "Number of periods",
      description: "number of periods, 2 or 3",
      mustBe: "A period comparison has 2 or 3 periods",
    },
    OPTIONS.grouping,
    OPTIONS.significance,
    { ...PARTNER_OPTIONS.totalLabel, defaultText: "Force (by area), the total's name (by category)" },
    PARTNER_OPTIONS.totalRow,
    { ...PARTNER_OPTIONS.rank, defaultText: "lowest", defaultValue: "lowest" },
  ],
  run: (dataset, o) =>
    periodComparison(records(dataset), {
      by: byOption(o.by),
      category: o.category,
      area: o.area,
      endMonth: o.endMonth,
      periodMonths: o.periodMonths,
      periods: o.years,
      grouping: groupingOf(o),
      significance: o.significance,
      totalLabel: o.totalLabel,
      rank: rankChoice(o.rank),
      totalRow: totalRowShown(o.totalRow),
    }),
});
