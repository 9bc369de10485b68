import { spcSummary } from "../tables";
import { defineRecipe } from "./define-recipe";
import { SPC_OPTIONS } from "./options";
import { records, spcSeriesOptions } from "./read-options";

/** One row per SPC series, in Making Data Count's words and colours. */
export const spcSummaryRecipe = defineRecipe({
  id: "spc-summary",
  title: "SPC summary",
  description:
    "One row per SPC series: latest month and value, centre line, variation and assurance in Making Data Count's words and colours.",
  seed: "2.2, 2.3",
  input: "records",
  standard: true,
  // The same options as the charts it summarises, so both read the series under the same rules and steps.
  options: SPC_OPTIONS,
  run: (dataset, o) => spcSummary(records(dataset), spcSeriesOptions(o)),
});
