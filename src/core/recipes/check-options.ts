import { OptionError } from "..";
import { optionRef } from "..";
import type { OptionSchema, RecipeInfo, RecipeOptions } from "./recipe";

/**
 * Checks the options given to a recipe against its declared schema, once, for every front end: a
 * required option present, a whole number whole and within its range, a level between 0 and 1, a
 * choice one of those declared. Options the recipe does not declare are ignored (the standard set
 * runs every recipe with one set of options).
 *
 * Missing values: null, undefined and "" are "not given": refused only when required.
 *
 * @param recipe the recipe's declaration
 * @param options the options
 * @returns nothing
 * @throws {OptionError} naming the option (as a remedy token) and what it takes
 * @example
 * checkOptions(rollingYearRecipe, { years: 4 }); // throws "The number of years must be 2 or 3, not 4."
 */
export function checkOptions(recipe: Pick<RecipeInfo, "id" | "options">, options: RecipeOptions): void {
  for (const schema of recipe.options) {
    const value = options[schema.name];
    if (value === null || value === undefined || value === "") {
      if (schema.required)
        throw new OptionError(
          `The ${recipe.id} table needs ${schema.label.toLowerCase()} (${optionRef(schema.name)}).`,
        );
      continue;
    }
    const fault = faultOf(schema, value);
    if (fault)
      throw new OptionError(
        `${schema.mustBe ?? `The ${schema.label.toLowerCase()} must be ${fault}`}, not ${shown(value)}.`,
      );
  }
}

/** What the value should have been, in words, or "" when it is right. */
function faultOf(schema: OptionSchema, value: unknown): string {
  if (schema.type === "whole") {
    const { min, max } = schema.range ?? { min: 0 };
    const fits =
      typeof value === "number" && Number.isInteger(value) && value >= min && (max === undefined || value <= max);
    return fits ? "" : max === undefined ? `${min} or more` : max === min + 1 ? `${min} or ${max}` : `${min} to ${max}`;
  }
  if (schema.type === "level") return typeof value === "number" && value > 0 && value < 1 ? "" : "between 0 and 1";
  if (schema.type === "choice") {
    const choices = schema.choices ?? [];
    const typed = String(value).trim().toLowerCase();
    return choices.some((c) => c.toLowerCase() === typed) ? "" : `one of ${choices.join(", ")}`;
  }
  return "";
}

function shown(value: unknown): string {
  return typeof value === "string" ? `"${value}"` : String(value);
}
