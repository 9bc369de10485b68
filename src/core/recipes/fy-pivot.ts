import { fyPivot } from "../tables";
import { defineRecipe } from "./define-recipe";
import { OPTIONS } from "./options";
import { groupingOf, records } from "./read-options";

/** Seed table 5.6: months across, financial years down. */
export const fyPivotRecipe = defineRecipe({
  id: "fy-pivot",
  title: "Months by financial year",
  description: "Months across (April to March), financial years down, yearly totals, part years marked.",
  seed: "5.6",
  input: "records",
  standard: true,
  options: [
    OPTIONS.category,
    OPTIONS.area,
    { ...OPTIONS.startMonth, defaultText: "4 (April)", defaultValue: 4 },
    OPTIONS.grouping,
  ],
  run: (dataset, o) =>
    fyPivot(records(dataset), {
      category: o.category,
      area: o.area,
      startMonth: o.startMonth,
      grouping: groupingOf(o),
    }),
});
