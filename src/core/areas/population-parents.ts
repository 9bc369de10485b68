import { cellText } from "../cells";
import type { ParentArea } from "../tables";
import type { AreaLevel } from "./area-level";
import type { WardLookup } from "./ward-lookup";
import type { AreaLookup } from "./area-lookup";

/** A population table's lower level and the areas its codes add up into. */
export interface PopulationParents {
  parents: Map<string, ParentArea>;
  /** The lower level in words ("wards", "LSOAs"), for the note. */
  what: string;
}

/**
 * Whether a population table holds areas below the tables' level: wards (ONS codes E05/W05) or LSOAs
 * (E01/W01) in most of its code cells, while the tables are by district, CSP or force (or by ward,
 * for LSOAs); or districts (E06-E09, W06) while the tables are by CSP or force. Cheap, so callers
 * load the LSOA -> ward lookups only when it says wards or LSOAs.
 *
 * Missing values: blank cells and non-codes are not counted.
 *
 * @param population the population table's cells
 * @param level the tables' area level
 * @returns "wards", "LSOAs", "districts", or null when nothing needs adding up
 * @throws never
 * @example
 * lowerLevelOf(traffordWards, "district"); // => "wards"
 */
export function lowerLevelOf(
  population: readonly (readonly unknown[])[],
  level: AreaLevel,
): "wards" | "LSOAs" | "districts" | null {
  const all = population.flatMap((row) => row.map(cellText));
  const codes = all.filter((t) => /^[EW]0[15]\d{6}$/.test(t));
  if (codes.length < 2) {
    // District populations (E06-E09, W06 codes) add up into CSPs or forces by the district lookup.
    const districts = all.filter((t) => /^(E0[6-9]|W06)\d{6}$/.test(t)).length;
    return (level === "csp" || level === "force") && districts >= 1 ? "districts" : null;
  }
  const what = codes.filter((c) => /^[EW]05/.test(c)).length > codes.length / 2 ? "wards" : "LSOAs";
  if (level === "lsoa" || (level === "ward" && what === "wards")) return null;
  return what;
}

/**
 * The code lookup that adds a lower-level population table up (see `lowerLevelOf`): ward -> district,
 * LSOA -> ward (ward tables) or LSOA -> district, from ONS's LSOA -> ward best-fit lookups; district ->
 * CSP or force from the LAD -> CSP -> PFA lookup.
 *
 * @param what the table's lower level, from `lowerLevelOf`
 * @param level the tables' area level
 * @param lookups the LSOA -> ward lookups (later editions win for a code in several); unused for districts
 * @param areaLookup the LAD -> CSP -> PFA lookup, for district populations
 * @returns the parents by child code, with the level in words
 * @throws never
 * @example
 * populationParents("wards", "district", wardLookups).parents.get("E05015239"); // => { code: "E08000009", name: "Trafford" }
 */
export function populationParents(
  what: "wards" | "LSOAs" | "districts",
  level: AreaLevel,
  lookups: readonly WardLookup[],
  areaLookup?: AreaLookup | null,
): PopulationParents {
  const parents = new Map<string, ParentArea>();
  if (what === "districts") {
    // A district split between CSPs that its name cannot tell apart stays its own row (see placeAreas).
    const cspsOf = new Map<string, Set<string>>();
    for (const r of areaLookup?.rows ?? [])
      cspsOf.set(r.districtCode, (cspsOf.get(r.districtCode) ?? new Set()).add(r.cspCode));
    for (const r of areaLookup?.rows ?? []) {
      const single = (cspsOf.get(r.districtCode)?.size ?? 0) === 1;
      parents.set(
        r.districtCode,
        level === "force"
          ? { code: r.forceCode, name: r.force }
          : single
            ? { code: r.cspCode, name: r.csp }
            : { code: r.districtCode, name: r.district },
      );
    }
    return { parents, what };
  }
  for (const lookup of lookups) {
    for (const [lsoa, w] of lookup.byLsoa) {
      const district = { code: w.districtCode, name: w.district };
      if (what === "wards") parents.set(w.wardCode, district);
      else parents.set(lsoa, level === "ward" ? { code: w.wardCode, name: w.ward } : district);
    }
  }
  return { parents, what };
}
