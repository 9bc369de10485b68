import type { Dataset } from "../data";
import type { Remedy } from "..";
import { CATALOGUE, type RecipeOptions } from "./catalogue";
import type { TableModel } from "./table-model";

/** A standard recipe left out of the set: why, and the option that would let it run, when one would. */
export interface SkippedRecipe {
  id: string;
  reason: string;
  remedy?: Remedy;
}

/**
 * "All standard tables": every catalogue recipe marked standard, run on one Dataset with one set of
 * options. A recipe that needs a table the analyst has not supplied (the rate table without a
 * population) is skipped and named in `skipped` with the reason, rather than failing the whole set.
 *
 * @param dataset the records
 * @param options the options every recipe reads from
 * @returns the tables made, and the recipes skipped with the message of their error
 * @example
 * const { tables, skipped } = standardTables(dataset, { area: "Maidstone" });
 */
export function standardTables(
  dataset: Dataset,
  options: RecipeOptions,
): { tables: TableModel[]; skipped: SkippedRecipe[] } {
  const tables: TableModel[] = [];
  const skipped: SkippedRecipe[] = [];
  for (const recipe of CATALOGUE.filter((r) => r.standard)) {
    const missing = recipe.options.find(
      (o) => o.required && (options[o.name] === undefined || options[o.name] === null),
    );
    if (missing) {
      skipped.push({
        id: recipe.id,
        reason: `needs a ${missing.description.split(" (")[0]}`,
        remedy: { option: missing.name },
      });
      continue;
    }
    try {
      tables.push(recipe.run(dataset, options));
    } catch (error) {
      skipped.push({ id: recipe.id, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { tables, skipped };
}
