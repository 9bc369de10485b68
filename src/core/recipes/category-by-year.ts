import { categoryByYear } from "../tables";
import { defineRecipe } from "./define-recipe";
import { OPTIONS } from "./options";
import { records } from "./read-options";

/** Seed table 4.2: counts by code and description per year. */
export const categoryByYearRecipe = defineRecipe({
  id: "category-by-year",
  title: "Counts by type and year",
  description: "Counts by code and description per year with a total row.",
  seed: "4.2",
  input: "records",
  standard: true,
  options: [
    OPTIONS.area,
    OPTIONS.endMonth,
    {
      ...OPTIONS.years,
      description: "number of years across, 1 to 10",
      range: { min: 1, max: 10 },
      mustBe: "The number of years must be 1 to 10",
    },
    OPTIONS.startMonth,
    {
      name: "codes",
      type: "table",
      label: "Codes table",
      description: "codes table (Code, Description)",
      defaultText: "rows by category name",
    },
  ],
  run: (dataset, o) =>
    categoryByYear(records(dataset), {
      area: o.area,
      endMonth: o.endMonth,
      years: o.years,
      startMonth: o.startMonth,
      codes: o.codes,
    }),
});
