import { NotAvailableError } from "..";
import { checkOptions } from "./check-options";
import type { RecipeInfo } from "./recipe";

/**
 * A recipe's declaration made ready to run: its `run` checks the options against the declared schema
 * first (type, range, choices, required; the one place options are validated), refuses a records
 * recipe without records, and stamps the table
 * with the recipe's id, so the id is spelled once, in the declaration.
 *
 * @param recipe the declaration, `id` as a literal (it becomes part of `RecipeId`)
 * @returns the recipe, with the checking `run`
 * @throws never itself; its `run` throws OptionError for an option outside its schema
 * @example
 * export const rollingYearRecipe = defineRecipe({ id: "rolling-year", title: "...", ..., run: (d, o) => ... });
 */
export function defineRecipe<const Id extends string>(recipe: RecipeInfo<Id>): RecipeInfo<Id> {
  return {
    ...recipe,
    run(dataset, options) {
      checkOptions(recipe, options);
      if (recipe.input === "records" && !dataset)
        throw new NotAvailableError(`The ${recipe.id} table needs crime records as input.`);
      return { ...recipe.run(dataset, options), recipe: recipe.id };
    },
  };
}
