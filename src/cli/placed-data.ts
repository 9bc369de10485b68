import { cliText } from "./option-flag";
import { areaLevel, type AreaLevel } from "../core/areas";
import { placeAreas } from "../core/areas";
import type { Dataset } from "../core/data";
import { InputError } from "../core";
import { readAreaLookup, readWardLookups } from "./area-lookups";
import type { CliArgs } from "./parse-args";
import { UsageError } from "./usage-error";

/**
 * The Dataset of a run with its areas at the level asked for (--area-level) and the force's own
 * areas marked from ONS's lookup and the files' "Falls within", or --areas. What was understood about
 * the areas is written to standard error, one line each, so the CSV on standard output stays clean.
 * The LSOA -> ward lookups are read only for ward tables.
 *
 * @param args the command line (area level, own areas, renames)
 * @param io where the notes go
 * @param build builds the Dataset, keeping LSOAs when told (for the lsoa and ward levels)
 * @returns the Dataset ready for the recipes
 * @throws {UsageError} for an unknown --area-level
 * @throws {InputError} when the data cannot be put at that level or --areas names no area
 * @example
 * placedData(args, io, (keep) => buildDataset(inputs, { keepLsoas: keep }));
 */
export function placedData(
  args: CliArgs,
  io: { stderr(text: string): void },
  build: (keepLsoas: boolean) => Dataset,
): Dataset {
  const level = levelOf(args);
  const dataset = build(level === "lsoa" || level === "ward");
  const placed = placeAreas(dataset, {
    level,
    lookup: readAreaLookup(),
    wardLookups: level === "ward" ? readWardLookups() : null,
    areas: args.areas ?? null,
    ...(args.noRenames ? { renames: {} } : {}),
  });
  for (const note of placed.notes) io.stderr(`satk: ${cliText(note)}\n`);
  return placed.dataset;
}

/**
 * The --area-level of a command line, checked.
 *
 * @param args the command line
 * @returns the level (default "district")
 * @throws {UsageError} for a level that does not exist (exit 2)
 * @example
 * levelOf(parseArgs(["table", "rate", "--area-level", "ward"])); // => "ward"
 */
export function levelOf(args: CliArgs): AreaLevel {
  try {
    return areaLevel(args.areaLevel);
  } catch (error) {
    throw new UsageError(`--area-level: ${(error as InputError).message}`);
  }
}
