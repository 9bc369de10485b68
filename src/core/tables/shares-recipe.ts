import { OptionError } from "../errors";
import { sharesTable } from "./shares-table";

/** The recipe options shares reads (a subset of the catalogue's RecipeOptions). */
export interface SharesRecipeOptions {
  table?: readonly (readonly unknown[])[] | null;
  ofRow?: string | null;
  decimals?: number | null;
  title?: string | null;
}

/**
 * The `shares` recipe's run from the analyst's options, each checked: kept apart from the catalogue so it
 * moves as one piece into the recipe declarations (src/core/recipes).
 *
 * @param o the recipe options
 * @returns the table
 * @throws {OptionError} for a missing table or decimals out of 0 to 3, naming the flag
 * @example
 * sharesRecipe({ table, ofRow: "Total", decimals: 0 }); // seed 5.5
 */
export function sharesRecipe(o: SharesRecipeOptions) {
  if (!o.table) throw new OptionError("The shares table needs --table, the partner's table of counts.");
  if (o.decimals !== null && o.decimals !== undefined && (o.decimals < 0 || o.decimals > 3)) throw new OptionError(`--decimals must be 0 to 3, not ${o.decimals}.`);
  return sharesTable({ table: o.table, ofRow: o.ofRow, decimals: o.decimals, title: o.title });
}
