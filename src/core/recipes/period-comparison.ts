import { periodComparison, type PeriodComparisonOptions } from "../tables";
import { splitYearStart } from "../data";
import { LONG_MONTH_NAMES } from "../periods";
import { optionRef } from "..";
import { defineRecipe } from "./define-recipe";
import { OPTIONS, PARTNER_OPTIONS } from "./options";
import { rankChoice } from "../tables";
import { byOption, totalRowShown } from "./read-options";

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
      read: (o) => byOption(o.by),
    },
    OPTIONS.category,
    OPTIONS.area,
    OPTIONS.endMonth,
    OPTIONS.periodMonths,
    PARTNER_OPTIONS.partnerStartMonth,
    {
      ...OPTIONS.years,
      label: "Number of periods",
      description: "number of periods, 2 or 3",
      mustBe: "A period comparison has 2 or 3 periods",
      as: "periods",
    },
    OPTIONS.grouping,
    OPTIONS.significance,
    { ...PARTNER_OPTIONS.totalLabel, defaultText: "Force (by area), the total's name (by category)" },
    { ...PARTNER_OPTIONS.totalRow, read: (o) => totalRowShown(o.totalRow) },
    { ...PARTNER_OPTIONS.rank, defaultText: "lowest", defaultValue: "lowest", read: (o) => rankChoice(o.rank) },
  ],
  make: (dataset, o: PeriodComparisonOptions & { startMonth?: number }) => {
    const data = splitYearStart(dataset, o.startMonth);
    const table = periodComparison(data, o);
    // The reading of the input was described before the start month moved its years: the note says so.
    return data === dataset ? table : { ...table, notes: [...table.notes, splitYearNote(o.startMonth as number)] };
  },
});

function splitYearNote(startMonth: number): string {
  const months = `${LONG_MONTH_NAMES[startMonth - 1]} to ${LONG_MONTH_NAMES[(startMonth + 10) % 12]}`;
  return `Years written as 2015/16 are read as ${months} (${optionRef("startMonth")} ${startMonth}), not April to March.`;
}
