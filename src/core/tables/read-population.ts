import { addUpPopulation, type ParentArea } from "./add-up-population";
import { parsePopulationTable, type PopulationTable } from "./population-table";

/**
 * The population table a rate divides by: the analyst's table read with the chosen column, and added
 * up into the table's areas by ONS's lookup when it is of a lower level (wards or LSOAs into districts,
 * districts into CSPs or forces). The rate recipe and the command line's "what was understood" both
 * read it here, so what is printed is what the rates use.
 *
 * Missing values: as `parsePopulationTable` (blank cells are null; areas without a population get no rate).
 *
 * @param matrix the population table as given
 * @param options the population column and area column chosen, and the parent areas to add up into (null: none)
 * @returns the population table, with its notes: first what was read, then any adding up
 * @throws {InputError} when the table cannot be read
 * @example
 * readPopulation(census, { column: "POP21" }).notes?.[0]; // => "Population: column POP21, 331 areas, ..."
 */
export function readPopulation(
  matrix: readonly (readonly unknown[])[],
  options: {
    column?: string | null;
    areaColumn?: string | null;
    parents?: { parents: ReadonlyMap<string, ParentArea>; what: string } | null;
  } = {},
): PopulationTable {
  const table = parsePopulationTable(matrix, { column: options.column, areaColumn: options.areaColumn });
  return options.parents ? addUpPopulation(table, options.parents.parents, options.parents.what) : table;
}
