import type { RecipeOptions } from "../core/tables";
import { readPopulation } from "../core/tables";

/**
 * What was understood of the --population table (the column, the rows used, the matching), as a plain
 * sentence for standard error, so the analyst sees which population the rates divide by. The notes that
 * follow it (rows added up by ONS's lookup, areas left out) go under the rate table with its other notes,
 * so they are printed once, with the table.
 *
 * @param options the recipe options, with the population table, column and any code lookup to add it up
 * @returns the sentence, or [] without a population table
 * @throws {InputError} when the population table cannot be read, as the rate recipe would
 * @example
 * populationNotes({ population: census }); // => ["Population: columns POP11, POP21, 331 areas, matched by code, then by name."]
 */
export function populationNotes(options: RecipeOptions): string[] {
  if (!options.population) return [];
  const notes =
    readPopulation(options.population, {
      column: options.populationColumn,
      areaColumn: options.populationAreaColumn,
      parents: options.populationParents,
    }).notes ?? [];
  return notes.slice(0, 1);
}
