import type { Dataset } from "../data/dataset";
import { OptionError } from "../errors";
import { optionRef } from "../remedy";
import { parseCategoryGrouping } from "../tables/category-grouping";
import { parseDivisionTable } from "../tables/division-table";
import { readPopulation } from "../tables/read-population";
import type { SpcSeriesOptions } from "../tables/spc-series";
import type { TableModel } from "../tables/table-model";
import type { SpcRules } from "../spc/types";
import type { RecipeOptions } from "./recipe";

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

/** The SPC rules preset chosen (any case), or undefined for the default (MDC). */
export function spcRules(rules: string | null | undefined): { rules: SpcRules } | undefined {
  const preset = (rules ?? "").trim().toUpperCase();
  return preset === "" ? undefined : { rules: preset as SpcRules };
}

/**
 * The builder of the SPC charts or their summary, given the options as the declarations map them: the
 * step changes chosen (`stepsOption`, under "steps") spread into the builder's own step options.
 *
 * @param build spcSeries or spcSummary
 * @returns the recipe's `make`
 * @example
 * defineRecipe({ id: "spc-series", ..., options: SPC_OPTIONS, make: withSteps(spcSeries) });
 */
export function withSteps(
  build: (dataset: Dataset, options: SpcSeriesOptions) => TableModel,
): (dataset: Dataset, options: SpcSeriesOptions & { steps?: StepOptions }) => TableModel {
  return (dataset, { steps, ...options }) => build(dataset, { ...options, ...steps });
}

/** The step options of the SPC builders that the steps option chooses. */
type StepOptions = Pick<SpcSeriesOptions, "autoSteps" | "stepPoints" | "stepRule">;

/** "none": no automatic step changes; "auto": a sustained shift; "kent5": Kent's 5 data point step change;
 * a whole number from 2: that many points in a row, and periods of that many months or more (or the minSegment option). */
export function stepsOption(steps: string | null | undefined): StepOptions {
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
