import type { RecipeOptions } from "../core/tables/catalogue";
import { parsePopulationTable } from "../core/tables/population-table";
import { addUpPopulation } from "../core/tables/add-up-population";

/**
 * What was understood of the --population table (the column, the rows used, any adding up), as plain
 * sentences for standard error, so the analyst sees which population the rates divide by.
 *
 * @param options the recipe options, with the population table, column and any code lookup to add it up
 * @returns the sentences, or [] without a population table
 * @throws {InputError} when the population table cannot be read, as the rate recipe would
 * @example
 * populationNotes({ population: census }); // => ["Population: columns POP11, POP21, 331 areas, matched by code, then by name."]
 */
export function populationNotes(options: RecipeOptions): string[] {
  if (!options.population) return [];
  const table = parsePopulationTable(options.population, { column: options.populationColumn });
  const parents = options.populationParents;
  return (parents ? addUpPopulation(table, parents.parents, parents.what) : table).notes ?? [];
}
