import type { Dataset } from "../data";
import { NotAvailableError, OptionError } from "..";
import { optionRef } from "..";
import { parseCategoryGrouping } from "../tables";
import { parseDivisionTable } from "../tables";
import { readPopulation } from "../tables";
import type { SpcSeriesOptions } from "../tables";
import type { SpcRules } from "../spc";
import type { RecipeOptions } from "./recipe";

/** The Dataset of a records recipe: `defineRecipe` has refused to run one without it, this narrows its type. */
export function records(dataset: Dataset | null): Dataset {
  if (!dataset) throw new NotAvailableError("This table needs crime records as input.");
  return dataset;
}

/** True for 3 years; the schema has checked it is 2 or 3. */
export function threeYears(years: number | null | undefined): boolean {
  return years === 3;
}

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

/** The series of the SPC charts and of their summary table, from the recipe options. */
export function spcSeriesOptions(o: RecipeOptions): SpcSeriesOptions {
  const rules = (o.rules ?? "").trim().toUpperCase();
  return {
    area: o.area,
    categories: o.categories,
    endMonth: o.endMonth,
    months: o.months,
    grouping: groupingOf(o),
    ...(rules === "" ? {} : { spc: { rules: rules as SpcRules } }),
    ...stepsOption(o.steps),
    minSegment: o.minSegment,
  };
}

/** "none": no automatic step changes; "auto": a sustained shift; "kent5": Kent's 5 data point step change;
 * a whole number from 2: that many points in a row, and periods of that many months or more (or the minSegment option). */
function stepsOption(steps: string | null | undefined): {
  autoSteps?: boolean;
  stepPoints?: number;
  stepRule?: "kent5";
} {
  const text = (steps ?? "").trim().toLowerCase();
  if (text === "" || text === "auto" || text === "sustained") return {};
  if (text === "none") return { autoSteps: false };
  if (text === "kent5") return { stepRule: "kent5" };
  if (/^\d+$/.test(text) && Number(text) >= 2) return { stepPoints: Number(text) };
  throw new OptionError(
    `Steps must be none, auto or a number of points from 2 up, not "${steps}" (or kent5, Kent's 5 data point step change).`,
  );
}

/** False when the schema's "none" was chosen for the total row; null for the default (shown). */
export function totalRowShown(totalRow: string | null | undefined): boolean | null {
  return (totalRow ?? "").trim().toLowerCase() === "none" ? false : null;
}
