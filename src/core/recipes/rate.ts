import { rateTable } from "../tables";
import { defineRecipe } from "./define-recipe";
import { OPTIONS, PARTNER_OPTIONS } from "./options";
import { divisionsOf, groupingOf, populationOf, records } from "./read-options";

/** Seed table 2.5: offences and rates per 1,000 population by area, ranked. */
export const rateRecipe = defineRecipe({
  id: "rate",
  title: "Crime per 1,000 population by area",
  description: "Offences and rate per 1,000 population for up to three years by area, ranked (1 = lowest).",
  seed: "2.5",
  input: "records",
  standard: true,
  options: [
    {
      name: "population",
      type: "table",
      label: "Population table",
      description: "population table (NAME and POP.. columns; the census file is one)",
      defaultText: "",
      required: true,
    },
    {
      name: "populationColumns",
      type: "list",
      label: "Population columns",
      description: "population column per year, latest first",
      defaultText: "the last population column",
    },
    {
      name: "populationColumn",
      type: "text",
      label: "Population column",
      description: "the one population column to use, e.g. all_ages",
      defaultText: "the all-ages column, else the last population column",
    },
    {
      name: "populationAreaColumn",
      type: "text",
      label: "Population table's area column",
      description: "the population table's area column (names or codes)",
      defaultText: "found from the header",
    },
    OPTIONS.category,
    OPTIONS.endMonth,
    {
      ...OPTIONS.years,
      description: "years of rates, 1 to 3",
      defaultText: "as many whole years as the data hold, up to 3",
      defaultValue: undefined,
      range: { min: 1, max: 3 },
      mustBe: "The number of years must be 1, 2 or 3",
    },
    OPTIONS.divisions,
    OPTIONS.grouping,
    { ...PARTNER_OPTIONS.per, defaultText: "1000" },
  ],
  run: (dataset, o) =>
    rateTable(records(dataset), {
      per: o.per ?? null,
      population: populationOf(o),
      populationColumns: o.populationColumns,
      years: o.years,
      endMonth: o.endMonth,
      category: o.category,
      divisions: divisionsOf(o),
      grouping: groupingOf(o),
    }),
});
