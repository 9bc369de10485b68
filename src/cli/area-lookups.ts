import { readFileSync } from "fs";
import { join } from "path";
import { gunzipSync } from "zlib";
import { parseAreaLookup, type AreaLookup } from "../core/areas";
import { parseWardLookup, type WardLookup } from "../core/areas";
import { parseCsv } from "../core/csv";

/** The bundled ONS lookups (assets/lookups), beside lib/ when installed and beside src/ in development. */
const LOOKUPS = join(__dirname, "..", "..", "assets", "lookups");
const AREA_LOOKUP = "LAD24_CSP24_PFA24_EW_LU.csv";
const WARD_LOOKUPS = [
  { file: "LSOA11_WD21_LAD21_EW_LU.csv.gz", edition: "2011 LSOAs to December 2021 wards" },
  { file: "LSOA21_WD24_LAD24_EW_LU.csv.gz", edition: "2021 LSOAs to 2024 wards" },
];

// Read at most once a run: placing the areas and adding up the population may both need them.
let areaLookup: AreaLookup | undefined;
let wardLookups: WardLookup[] | undefined;

/**
 * ONS's LAD -> CSP -> PFA lookup (December 2024) as bundled in assets/lookups, read once per run.
 *
 * @returns the parsed lookup
 * @throws {Error} when the bundled file is missing (a broken install, exit 1)
 * @example
 * readAreaLookup().rows.length; // => 332
 */
export function readAreaLookup(): AreaLookup {
  areaLookup ??= parseAreaLookup(parseCsv(readFileSync(join(LOOKUPS, AREA_LOOKUP)), AREA_LOOKUP));
  return areaLookup;
}

/**
 * ONS's LSOA -> ward best-fit lookups (2011 and 2021 LSOAs), bundled gzipped in assets/lookups; read
 * only when a ward table is asked for (they are 5 MB of text together).
 *
 * @returns both editions; `placeAreas` uses the one matching more of the data's LSOA codes
 * @throws {Error} when a bundled file is missing
 * @example
 * readWardLookups()[1].byLsoa.size; // => 35672
 */
export function readWardLookups(): WardLookup[] {
  wardLookups ??= WARD_LOOKUPS.map(({ file, edition }) => {
    const buffer = gunzipSync(readFileSync(join(LOOKUPS, file)));
    return parseWardLookup(
      parseCsv(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), file),
      edition,
    );
  });
  return wardLookups;
}
