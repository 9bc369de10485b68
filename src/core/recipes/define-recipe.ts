import type { Dataset } from "../data";
import { NotAvailableError } from "..";
import type { TableModel } from "../tables";
import { builderOptions } from "./builder-options";
import { checkOptions } from "./check-options";
import type { RecipeInfo } from "./recipe";

/**
 * A recipe as its module declares it: its id, title, seed section, options and either `make`, the table
 * builder given the options as the declaration maps them (`builderOptions`: by `as` and `read`), or
 * `run`, given the options as they were typed (for a recipe whose options do not map one to one).
 * `make` calls its builder (`(dataset, o: RollingYearOptions) => rollingYear(dataset, o)`) rather than
 * naming it, as the builders' room (core/tables, which lists the catalogue) may load after the recipes.
 */
export type RecipeDeclaration<Id extends string, B> = Omit<RecipeInfo<Id>, "run" | "input"> &
  (
    | { input: "records"; make: (dataset: Dataset, options: B) => TableModel }
    | { input: "survey" | "table"; make: (dataset: Dataset | null, options: B) => TableModel }
    | Pick<RecipeInfo<Id>, "input" | "run">
  );

/**
 * A recipe's declaration made ready to run: its `run` checks the options against the declared schema
 * first (type, range, choices, required; the one place options are validated), refuses a records
 * recipe without records, maps the options to its builder's from the declaration, and stamps the table
 * with the recipe's id, so the id is spelled once, in the declaration.
 *
 * @param recipe the declaration, `id` as a literal (it becomes part of `RecipeId`)
 * @returns the recipe, with the checking `run`
 * @throws never itself; its `run` throws OptionError for an option outside its schema
 * @example
 * export const rollingYearRecipe = defineRecipe({ id: "rolling-year", ..., make: (d, o: RollingYearOptions) => rollingYear(d, o) });
 */
export function defineRecipe<const Id extends string, B = never>(recipe: RecipeDeclaration<Id, B>): RecipeInfo<Id> {
  const made: RecipeInfo["run"] =
    "run" in recipe
      ? recipe.run
      : (dataset, options) =>
          (recipe.make as (dataset: Dataset | null, options: B) => TableModel)(
            dataset,
            builderOptions(recipe.options, options) as B,
          );
  const info = { ...recipe } as Partial<Record<"make" | "run", unknown>> & RecipeInfo<Id>;
  delete info.make;
  return {
    ...info,
    run(dataset, options) {
      checkOptions(recipe, options);
      if (recipe.input === "records" && !dataset)
        throw new NotAvailableError(`The ${recipe.id} table needs crime records as input.`);
      return { ...made(dataset, options), recipe: recipe.id };
    },
  };
}
