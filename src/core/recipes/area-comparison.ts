import { areaComparison } from "../tables";
import { defineRecipe } from "./define-recipe";
import { OPTIONS } from "./options";
import { divisionsOf, groupingOf, records, threeYears } from "./read-options";

/** Seed table 3.1: one category by area over the rolling year, with division subtotals and the force. */
export const areaComparisonRecipe = defineRecipe({
  id: "area-comparison",
  title: "One category by area (rolling year)",
  description: "One category or all crime by area, with division subtotals and a force total.",
  seed: "3.1",
  input: "records",
  standard: true,
  options: [
    OPTIONS.category,
    OPTIONS.endMonth,
    OPTIONS.divisions,
    OPTIONS.grouping,
    OPTIONS.years,
    OPTIONS.significance,
  ],
  run: (dataset, o) =>
    areaComparison(records(dataset), {
      category: o.category,
      endMonth: o.endMonth,
      divisions: divisionsOf(o),
      grouping: groupingOf(o),
      thirdYear: threeYears(o.years),
      significance: o.significance,
    }),
});
