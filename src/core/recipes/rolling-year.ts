import { rollingYear } from "../tables";
import { defineRecipe } from "./define-recipe";
import { OPTIONS } from "./options";
import { groupingOf, records, threeYears } from "./read-options";

/** Seed table 2.6: crimes by type for one area over the rolling year and the year before. */
export const rollingYearRecipe = defineRecipe({
  id: "rolling-year",
  title: "Volume of crimes by type (rolling year)",
  description: "Crimes by type for one area: end month, rolling year, year before, number and % change.",
  seed: "2.6",
  input: "records",
  standard: true,
  options: [OPTIONS.area, OPTIONS.endMonth, OPTIONS.grouping, OPTIONS.years, OPTIONS.significance],
  run: (dataset, o) =>
    rollingYear(records(dataset), {
      area: o.area,
      endMonth: o.endMonth,
      grouping: groupingOf(o),
      thirdYear: threeYears(o.years),
      significance: o.significance,
    }),
});
