import { OptionError } from "..";
import { optionRef } from "..";
import { parseCategoryGrouping } from "../tables";
import { parseDivisionTable } from "../tables";
import { readPopulation } from "../tables";
import type { RecipeOptions } from "./recipe";

/** A required option's value; the schema has checked it is given, this narrows its type. */
export function required<T>(value: T | null | undefined, id: string, name: string): T {
  if (value === null || value === undefined || value === "")
    throw new OptionError(`The ${id} table needs ${optionRef(name)}.`);
  return value;
}

/** The grouping table of the options, read and checked, or null for the default. */
export function groupingOf(o: RecipeOptions) {
  return o.grouping ? parseCategoryGrouping(o.grouping) : null;
}

/** The divisions table of the options, read and checked, or null for none. */
export function divisionsOf(o: RecipeOptions) {
  return o.divisions ? parseDivisionTable(o.divisions) : null;
}

/** The population table of the options, read, and added up into the table's areas when it is of a lower level. */
export function populationOf(o: RecipeOptions) {
  return readPopulation(required(o.population, "rate", "population"), {
    column: o.populationColumn,
    areaColumn: o.populationAreaColumn,
    parents: o.populationParents,
  });
}

/** "area" or "category", as the schema's choices; null for the default. */
export function byOption(by: string | null | undefined): "area" | "category" | null {
  return by === "area" || by === "category" ? by : null;
}

/** False when the schema's "none" was chosen for the total row; null for the default (shown). */
export function totalRowShown(totalRow: string | null | undefined): boolean | null {
  return (totalRow ?? "").trim().toLowerCase() === "none" ? false : null;
}
