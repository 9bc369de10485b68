import { areaLevel, type AreaLevel } from "../core/areas";
import { parseAreaLookup, type AreaLookup } from "../core/areas";
import { placeAreas, type PlacedAreas } from "../core/areas";
import { lowerLevelOf, populationParents, type PopulationParents } from "../core/areas";
import { parseWardLookup, type WardLookup } from "../core/areas";
import type { Dataset } from "../core/data";
import { gunzipIfNeeded } from "../core/bytes/gunzip-if-needed";
import { parseCsv } from "../core/csv";

/** Fetches a file of the add-in's own origin as bytes. */
export type FetchBytes = (url: string) => Promise<Uint8Array>;

/** The bundled ONS lookups, copied into the add-in by the build: fetched from its own origin, never a third party. */
export const LOOKUP_URLS = {
  area: "assets/lookups/LAD24_CSP24_PFA24_EW_LU.csv",
  wards: [
    { url: "assets/lookups/LSOA11_WD21_LAD21_EW_LU.csv.gz", edition: "2011 LSOAs to December 2021 wards" },
    { url: "assets/lookups/LSOA21_WD24_LAD24_EW_LU.csv.gz", edition: "2021 LSOAs to 2024 wards" },
  ],
};

/** The area choices of step 2: the level, the force's own areas (blank: from Falls within), the population column. */
export interface AreaChoices {
  level: string;
  areas: string;
  populationColumn: string;
}

/** Loads the lookups once each; the LSOA -> ward ones (600 kB) only when first asked for. */
export interface LookupLoader {
  areaLookup(): Promise<AreaLookup>;
  wardLookups(): Promise<WardLookup[]>;
}

async function fetchOwnOrigin(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The add-in's file ${url} could not be loaded (${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * The wizard's loader of the bundled ONS lookups, fetched from the add-in's own origin (or by the
 * given function, in tests) and parsed by the core once each.
 *
 * @param fetchBytes how to fetch a file of the add-in (default: `fetch` of the same origin)
 * @returns the loader
 * @throws never (loading errors surface when a lookup is asked for)
 * @example
 * const lookups = lookupLoader(); await lookups.areaLookup();
 */
export function lookupLoader(fetchBytes: FetchBytes = fetchOwnOrigin): LookupLoader {
  let area: Promise<AreaLookup> | undefined;
  let wards: Promise<WardLookup[]> | undefined;
  return {
    areaLookup: () =>
      (area ??= fetchBytes(LOOKUP_URLS.area).then((bytes) => parseAreaLookup(parseCsv(bytes, "the area lookup")))),
    wardLookups: () =>
      (wards ??= Promise.all(
        LOOKUP_URLS.wards.map(async ({ url, edition }) =>
          parseWardLookup(parseCsv(gunzipIfNeeded(await fetchBytes(url), url), url), edition),
        ),
      )),
  };
}

/**
 * Puts the wizard's Dataset at the chosen area level with the force's own areas marked (the same
 * `placeAreas` as `satk`), loading the LSOA -> ward lookups only for a ward table. `rebuild` reads the
 * source again keeping LSOAs, for the ward and LSOA levels.
 *
 * @param dataset the Dataset as read (districts)
 * @param choices the level and own areas as typed
 * @param loader the lookup loader
 * @param rebuild reads the source again with LSOAs kept
 * @returns the placed Dataset and the plain-sentence notes to show beside the preview
 * @throws {InputError} for an unknown level, a level the data cannot give, or own areas naming no area
 * @example
 * const placed = await placeForWizard(dataset, { level: "", areas: "", populationColumn: "" }, lookupLoader(), () => dataset);
 */
export async function placeForWizard(
  dataset: Dataset,
  choices: AreaChoices,
  loader: LookupLoader,
  rebuild: () => Dataset,
): Promise<PlacedAreas> {
  const level: AreaLevel = areaLevel(choices.level);
  const lsoas = level === "ward" || level === "lsoa";
  const names = ownAreaNames(choices.areas);
  return placeAreas(lsoas ? rebuild() : dataset, {
    level,
    lookup: await loader.areaLookup(),
    wardLookups: level === "ward" ? await loader.wardLookups() : null,
    areas: names.length > 0 ? names : null,
  });
}

/** The force's own areas as typed ("Maidstone, Swale"), trimmed, blanks dropped. */
function ownAreaNames(typed: string): string[] {
  return typed
    .split(",")
    .map((n) => n.trim())
    .filter((n) => n !== "");
}

/** Places the wizard's Dataset at the area choices, reusing the last placement while the choices are unchanged. */
export type AreaPlacer = (choices: AreaChoices) => Promise<PlacedAreas>;

/**
 * The wizard's placer of one Dataset as read: `placeForWizard` at the area choices, kept under the
 * choices (level, own areas, population column) so each "Make the tables" click with the same choices
 * reuses the placed Dataset, and with it the count cube the recipes read (memoised per Dataset),
 * instead of placing the areas again. The Dataset keeping LSOAs (a re-read of the whole source, for the
 * ward and LSOA levels) is built once, when first needed.
 *
 * A placement that fails is not kept: the next click tries again.
 *
 * @param dataset the Dataset as read (districts)
 * @param loader the lookup loader
 * @param rebuild reads the source again with LSOAs kept (called at most once)
 * @returns the placer
 * @throws never (the placer's promise rejects as `placeForWizard` does)
 * @example
 * const place = areaPlacer(dataset, lookupLoader(), () => datasetFrom(source, layout, roles, kind, true));
 * const placed = await place({ level: "ward", areas: "", populationColumn: "" });
 */
export function areaPlacer(dataset: Dataset, loader: LookupLoader, rebuild: () => Dataset): AreaPlacer {
  let lsoasKept: Dataset | undefined;
  let last: { key: string; placed: Promise<PlacedAreas> } | undefined;
  return async (choices) => {
    const key = [areaLevel(choices.level), ownAreaNames(choices.areas).join(","), choices.populationColumn.trim()].join(
      "|",
    );
    if (last?.key !== key) {
      const placed = placeForWizard(dataset, choices, loader, () => (lsoasKept ??= rebuild()));
      last = { key, placed };
      placed.catch(() => {
        if (last?.placed === placed) last = undefined;
      });
    }
    return last.placed;
  };
}

/**
 * The code lookup adding a ward or LSOA population sheet up to the tables' level, or null.
 *
 * @param population the population sheet's cells, or null
 * @param level the level as typed
 * @param loader the lookup loader (the LSOA -> ward lookups are fetched only when needed)
 * @returns the parents for `RecipeOptions.populationParents`
 * @throws {InputError} for an unknown level
 * @example
 * await wizardPopulationParents(wardSheet, "district", lookupLoader());
 */
export async function wizardPopulationParents(
  population: readonly (readonly unknown[])[] | null,
  level: string,
  loader: LookupLoader,
): Promise<PopulationParents | null> {
  const at = areaLevel(level);
  const what = population ? lowerLevelOf(population, at) : null;
  if (what === "districts") return populationParents(what, at, [], await loader.areaLookup());
  return what ? populationParents(what, at, await loader.wardLookups()) : null;
}
