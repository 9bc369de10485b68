import type { AreaLevel } from "../core/areas";
import { lowerLevelOf, populationParents as parentsFrom, type PopulationParents } from "../core/areas";
import type { Matrix } from "../core/tables";
import { readAreaLookup, readWardLookups } from "./area-lookups";

/**
 * The code lookup that adds a ward or LSOA population table up to the tables' level, reading the
 * bundled LSOA -> ward lookups only when the table needs it.
 *
 * @param population the population table's cells
 * @param level the area level of the tables
 * @returns the parents, or null when the table is already at the tables' level
 * @throws {Error} when a bundled lookup is missing
 * @example
 * populationParents(traffordWards, "district")?.what; // => "wards"
 */
export function populationParents(population: Matrix, level: AreaLevel): PopulationParents | null {
  const what = lowerLevelOf(population, level);
  if (what === "districts") return parentsFrom(what, level, [], readAreaLookup());
  return what ? parentsFrom(what, level, readWardLookups()) : null;
}
