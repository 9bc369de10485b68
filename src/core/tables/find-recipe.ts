import { InputError } from "..";
import { CATALOGUE, type RecipeInfo } from "./catalogue";

/**
 * The catalogue entry of a recipe id, as typed after `satk table`.
 *
 * @param id the recipe id, such as "rolling-year" (case and surrounding spaces ignored)
 * @returns the entry
 * @throws {InputError} when there is no such recipe, listing the ids there are
 * @example
 * findRecipe("rolling-year").run(dataset, { area: "Maidstone" });
 */
export function findRecipe(id: string): RecipeInfo {
  const wanted = id.trim().toLowerCase();
  const found = CATALOGUE.find((r) => r.id === wanted);
  if (!found)
    throw new InputError(`There is no table recipe "${id}". Recipes: ${CATALOGUE.map((r) => r.id).join(", ")}.`);
  return found;
}
