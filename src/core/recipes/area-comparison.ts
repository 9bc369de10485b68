import { areaComparison, type AreaComparisonOptions } from "../tables";
import { defineRecipe } from "./define-recipe";
import { OPTIONS } from "./options";

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
    OPTIONS.thirdYear,
    OPTIONS.significance,
  ],
  make: (dataset, o: AreaComparisonOptions) => areaComparison(dataset, o),
});
