import { spcSeries } from "../tables";
import { defineRecipe } from "./define-recipe";
import { SPC_OPTIONS } from "./options";
import { records, spcSeriesOptions } from "./read-options";

/** Seed sections 2.2 and 2.3: monthly SPC charts. */
export const spcSeriesRecipe = defineRecipe({
  id: "spc-series",
  title: "Monthly SPC charts",
  description: "Monthly counts per series with centre line, limits and signals, ready for charts.",
  seed: "2.2, 2.3",
  input: "records",
  standard: true,
  options: SPC_OPTIONS,
  run: (dataset, o) => spcSeries(records(dataset), spcSeriesOptions(o)),
});
