/**
 * Where the project's shared real data lives: `shared/data` beside the repository (as on developer
 * machines and in CI, which lays a copy of shared/ beside its clone), or $SATK_SHARED_DATA.
 * Tests read the real police.uk files and the census population from here.
 */
import * as fs from "fs";
import * as path from "path";

function sharedData(): string {
  const candidates = [
    process.env.SATK_SHARED_DATA,
    path.join(__dirname, "..", "..", "shared", "data"),
    "/work/shared/data",
  ];
  const found = candidates.find((folder) => folder && fs.existsSync(path.join(folder, "police-uk")));
  if (!found)
    throw new Error(`The shared data folder was not found; looked in ${candidates.filter(Boolean).join(", ")}.`);
  return found;
}

/** The shared data folder: police-uk/, population/ and README.md. */
export const SHARED_DATA = sharedData();
/** The police.uk street-level files, one folder per force. */
export const POLICE_UK_DATA = path.join(SHARED_DATA, "police-uk");
/** The ONS census population of every local authority of England and Wales. */
export const CENSUS_POPULATION = path.join(SHARED_DATA, "population", "census_2011_2021_population_by_LAD_EW.csv");
