import { optionRef } from "..";
import type { Dataset } from "../data";
import { namesListed } from "../change";
import { districtOfLsoa } from "../data";
import { DEFAULT_DISTRICT_RENAMES } from "../data";
import { UNKNOWN_AREA } from "../detect";
import { InputError } from "..";
import { nameKey } from "../tables";
import { AREA_LEVEL_NAMES, type AreaLevel } from "./area-level";
import { ONS_LICENCE, type AreaLookup, type AreaLookupRow } from "./area-lookup";
import { districtsOf } from "./districts-of";
import { forceKey } from "./force-key";
import type { WardLookup, WardOfLsoa } from "./ward-lookup";

const WARD_SOURCE = `ONS LSOA to electoral ward best-fit lookup. ${ONS_LICENCE}.`;

/** The row of records whose LSOA code the ward lookup does not hold. */
export const UNMATCHED_LSOAS = "LSOAs not in the ward lookup";

export interface PlaceOptions {
  /** The level of the table's areas; default "district". */
  level?: AreaLevel | null;
  /** ONS's LAD -> CSP -> PFA lookup: finds each district's CSP and force. */
  lookup?: AreaLookup | null;
  /** The LSOA -> ward lookups to choose from (ward level only): the one matching most LSOA codes is used. */
  wardLookups?: readonly WardLookup[] | null;
  /** The force's own areas as the analyst names them (--areas): areas of the level, or districts or
   * CSPs holding them. Overrides "Falls within". */
  areas?: readonly string[] | null;
  /** District renames applied to districts taken from LSOA names (default Shepway -> Folkestone and Hythe). */
  renames?: Readonly<Record<string, string>>;
}

/** The Dataset with its areas at the level asked for and its own areas marked, and what was understood. */
export interface PlacedAreas {
  dataset: Dataset;
  /** Plain sentences on the areas: the level, the lookup, the force's own areas and why. */
  notes: string[];
}

/** Where one area of the Dataset goes: the area of the level, its code, and the district it is in. */
interface Unit {
  label: string;
  code: string;
  /** The district's name as the data or lookup give it, to find its force; "" when none. */
  district: string;
  /** True for "Unknown area" and unmatched LSOAs: never the force's own. */
  apart?: boolean;
}

/**
 * Puts a Dataset's areas at the level the analyst asked for and marks which are the force's own, from
 * ONS's official lookups rather than a guess (issue 11, item 6).
 *
 * Levels: "district" (police.uk's LSOA names without their codes), "csp" (districts grouped by ONS's
 * LAD -> CSP lookup; a district whose CSPs cannot be told apart from district names, such as
 * Buckinghamshire, stays one row, with a note), "force" (by police force area), "lsoa" and "ward" (from
 * the LSOA codes kept at ingestion, through ONS's LSOA -> ward best-fit lookup of whichever edition,
 * 2011 or 2021 LSOAs, matches more of the codes; records in LSOAs it lacks are counted in one row and
 * a note).
 *
 * The force's own areas: those the analyst names (`areas`); else those whose district ONS places in
 * the force area of the file's "Falls within" ("City of London Police" -> "London, City of"); else,
 * without "Falls within", those of the force area holding most records, with a note. Records in other
 * forces' districts then show as "Other areas", unranked, and rates use the own areas' population.
 * When the lookup knows none of the areas nothing is marked, and the tables say their guess.
 *
 * Missing values: "Unknown area" (no LSOA) stays its own row, never the force's own.
 *
 * @param dataset the records, with LSOAs kept (`keepLsoas`) for the lsoa and ward levels
 * @param options level, lookups, the analyst's own areas, renames
 * @returns the Dataset at the level, with `areaCodes` and `ownAreas`, and notes in plain words
 * @throws {InputError} when the ward or LSOA level is asked of data without LSOA codes, a needed
 *   lookup is missing, or a name in `areas` matches no area (listing those there are)
 * @example
 * placeAreas(cityOfLondon2021, { lookup }).dataset.ownAreas; // City of London true; Islington, Tower Hamlets false
 */
export function placeAreas(dataset: Dataset, options: PlaceOptions = {}): PlacedAreas {
  const level = options.level ?? "district";
  const notes: string[] = [];
  const units = unitsOf(dataset, level, options, notes);
  labelWardsApart(units, level);
  const placed = regrouped(dataset, units);
  const own = ownOf(placed, units, dataset.forces ?? [], options, notes);
  // Tables whose areas came from ONS's lookups carry its licence line with the data's.
  const used =
    level === "ward" ? WARD_SOURCE : options.lookup && (own || level !== "district") ? options.lookup.source : "";
  const source = used && !placed.source.includes(used) ? `${placed.source} Areas: ${used}` : placed.source;
  return { dataset: { ...placed, source, ...(own ? { ownAreas: own } : {}) }, notes };
}

function unitsOf(dataset: Dataset, level: AreaLevel, options: PlaceOptions, notes: string[]): Unit[] {
  const lsoaCodes = dataset.areaCodes;
  const renames = options.renames ?? DEFAULT_DISTRICT_RENAMES;
  const keptLsoas = lsoaCodes !== undefined && dataset.areas.some((a) => /\s\d{3}[A-Z]$/.test(a));
  if ((level === "ward" || level === "lsoa") && !keptLsoas) {
    throw new InputError(
      `Tables by ${AREA_LEVEL_NAMES[level]} need LSOA codes in the data (police.uk's "LSOA code" column); these data have areas named ${dataset.areas.slice(0, 3).join(", ")}.`,
    );
  }
  const district = (name: string): string => {
    const d = keptLsoas ? districtOfLsoa(name) : name;
    return renames[d] ?? d;
  };
  const base: Unit[] = dataset.areas.map((name, a) =>
    name === UNKNOWN_AREA
      ? { label: name, code: "", district: "", apart: true }
      : { label: name, code: lsoaCodes?.[a] ?? "", district: district(name) },
  );
  if (level === "lsoa") {
    notes.push(`Areas: LSOAs as police.uk names them.`);
    return base;
  }
  if (level === "ward") return wardUnits(base, options.wardLookups ?? [], notes);
  const lookup = options.lookup;
  if (level !== "district" && !lookup)
    throw new InputError(`Tables by ${AREA_LEVEL_NAMES[level]} need ONS's LAD to CSP to PFA lookup.`);
  const unknown = new Set<string>();
  const split = new Map<string, string[]>();
  const units = base.map((u): Unit => {
    if (u.apart) return u;
    const rows = lookup ? districtsOf(lookup, u.district) : [];
    if (rows.length === 0 && lookup) unknown.add(u.district);
    if (level === "district")
      return { label: keptLsoas ? u.district : u.label, code: rows[0]?.districtCode ?? "", district: u.district };
    if (rows.length === 0) return { label: u.district, code: "", district: u.district };
    if (level === "force") return { label: rows[0].force, code: rows[0].forceCode, district: u.district };
    const csps = [...new Set(rows.map((r) => r.csp))];
    if (csps.length > 1) split.set(u.district, csps);
    return csps.length === 1
      ? { label: rows[0].csp, code: rows[0].cspCode, district: u.district }
      : { label: u.district, code: rows[0].districtCode, district: u.district };
  });
  notes.push(
    `Areas: ${AREA_LEVEL_NAMES[level]}${level === "district" ? (keptLsoas ? " (from the LSOA names)" : "") : `, from ${lookup?.source.replace(/\.$/, "") ?? "the lookup"}`}.`,
  );
  for (const [d, csps] of split)
    notes.push(
      `${d} covers several CSPs (${csps.join(", ")}) that district names cannot tell apart, so it is one row.`,
    );
  if (unknown.size > 0)
    notes.push(`Not in ONS's district lookup, so not placed in a force: ${namesListed([...unknown].sort(), 12)}.`);
  return units;
}

function wardUnits(base: Unit[], lookups: readonly WardLookup[], notes: string[]): Unit[] {
  if (lookups.length === 0) throw new InputError("Tables by electoral wards need ONS's LSOA to ward lookup.");
  const codes = base.filter((u) => !u.apart).map((u) => u.code);
  const matched = lookups.map((l) => codes.filter((c) => l.byLsoa.has(c)).length);
  const best = lookups[matched.indexOf(Math.max(...matched))];
  const missing: string[] = [];
  const units = base.map((u): Unit => {
    if (u.apart) return u;
    const ward: WardOfLsoa | undefined = best.byLsoa.get(u.code);
    if (!ward) {
      missing.push(u.code || u.label);
      return { label: UNMATCHED_LSOAS, code: "", district: u.district, apart: true };
    }
    return { label: ward.ward, code: ward.wardCode, district: ward.district };
  });
  notes.push(
    `Areas: electoral wards, from ONS's LSOA to ward best-fit lookup (${best.edition}): ${codes.length - missing.length} of ${codes.length} LSOAs matched.`,
  );
  if (missing.length > 0) {
    notes.push(
      `${missing.length} LSOA${missing.length === 1 ? " is" : "s are"} not in that lookup (${namesListed(missing, 8)}): their records are counted in the row "${UNMATCHED_LSOAS}".`,
    );
  }
  return units;
}

/** Ward names repeat across districts ("Park"): such wards are labelled "Park (Reading)". */
function labelWardsApart(units: Unit[], level: AreaLevel): void {
  if (level !== "ward") return;
  const codesByName = new Map<string, Set<string>>();
  for (const u of units) if (!u.apart) codesByName.set(u.label, (codesByName.get(u.label) ?? new Set()).add(u.code));
  for (const u of units)
    if (!u.apart && (codesByName.get(u.label)?.size ?? 0) > 1) u.label = `${u.label} (${u.district})`;
}

/** The Dataset with each record's area replaced by its unit's, and the units' codes. */
function regrouped(dataset: Dataset, units: Unit[]): Dataset {
  const ids = new Map<string, number>();
  const labels: string[] = [];
  const codes: string[] = [];
  const map = units.map((u) => {
    let id = ids.get(u.label);
    if (id === undefined) {
      id = labels.length;
      ids.set(u.label, id);
      labels.push(u.label);
      codes.push(u.code);
    }
    return id;
  });
  // Districts placed as themselves keep their ids: the column is kept, not copied (a million rows' copy cost 20 ms).
  const same = map.length === dataset.areas.length && map.every((id, i) => id === i);
  const area = same ? dataset.area : new Int32Array(dataset.length);
  if (!same) for (let i = 0; i < dataset.length; i++) area[i] = map[dataset.area[i]];
  return { ...dataset, area, areas: labels, areaCodes: codes, ownAreas: undefined };
}

function ownOf(
  placed: Dataset,
  units: Unit[],
  forces: readonly string[],
  options: PlaceOptions,
  notes: string[],
): boolean[] | undefined {
  const apart = new Set(units.filter((u) => u.apart).map((u) => u.label));
  const lookup = options.lookup;
  const forceOf = (district: string): AreaLookupRow | undefined =>
    lookup && district ? districtsOf(lookup, district)[0] : undefined;
  // The districts (and so the forces) of each placed area.
  const byLabel = new Map<string, Set<string>>();
  for (const u of units) byLabel.set(u.label, (byLabel.get(u.label) ?? new Set()).add(u.district));
  const districts = placed.areas.map((label) => [...(byLabel.get(label) ?? [])]);
  if (options.areas && options.areas.length > 0)
    return namedOwn(placed, districts, apart, options.areas, forceOf, notes);
  if (!lookup) return undefined;
  const areaForce = districts.map((ds) => ds.map((d) => forceOf(d)?.force).find((f) => f !== undefined));
  let target = new Set(forces.map(forceKey).filter((k) => k !== ""));
  const known = new Set(areaForce.filter((f): f is string => f !== undefined).map(forceKey));
  const named = [...target].filter((k) => known.has(k) || lookup.rows.some((r) => forceKey(r.force) === k));
  if (named.length > 0) {
    target = new Set(named);
    const pfa = lookup.rows.filter((r) => target.has(forceKey(r.force))).map((r) => r.force);
    notes.push(
      `The force's own areas: those ONS places in the force area ${[...new Set(pfa)].map((p) => `"${p}"`).join(", ")}, the area of "${forces.join(", ")}" (the file's Falls within).`,
    );
  } else {
    const busiest = busiestForce(placed, areaForce);
    if (!busiest) return undefined;
    target = new Set([forceKey(busiest.force)]);
    const why =
      forces.length > 0
        ? `"${forces.join(", ")}" (Falls within) is not a force area of ONS's lookup, so`
        : "The data do not say which force they are from (no Falls within), so";
    notes.push(
      `${why} the force was taken to be ${busiest.force}, the force area holding most records (${busiest.share}%): choose the areas with ${optionRef("areas")}.`,
    );
  }
  const own = placed.areas.map(
    (label, a) => !apart.has(label) && areaForce[a] !== undefined && target.has(forceKey(areaForce[a])),
  );
  const others = placed.areas.filter((label, a) => !own[a] && !apart.has(label));
  if (others.length > 0)
    notes.push(
      `Other forces' areas, shown as "Other areas" and not ranked: ${namesListed(others.slice().sort(), 12)}.`,
    );
  return own;
}

function busiestForce(
  placed: Dataset,
  areaForce: (string | undefined)[],
): { force: string; share: number } | undefined {
  const totals = new Map<string, number>();
  let all = 0;
  for (let i = 0; i < placed.length; i++) {
    const n = placed.count ? placed.count[i] : 1;
    if (!(n === n)) continue;
    all += n;
    const f = areaForce[placed.area[i]];
    if (f !== undefined) totals.set(f, (totals.get(f) ?? 0) + n);
  }
  const [force, n] = [...totals].sort((a, b) => b[1] - a[1])[0] ?? [];
  return force === undefined || all === 0 ? undefined : { force, share: Math.round((1000 * (n as number)) / all) / 10 };
}

function namedOwn(
  placed: Dataset,
  districts: string[][],
  apart: Set<string>,
  names: readonly string[],
  forceOf: (district: string) => AreaLookupRow | undefined,
  notes: string[],
): boolean[] {
  const keys = new Set(names.map(nameKey));
  const matches = (label: string, a: number): string[] => {
    const row = districts[a].map(forceOf).find((r) => r !== undefined);
    const candidates = [label, ...districts[a], ...(row ? [row.district, row.csp] : [])];
    return candidates.filter((c) => keys.has(nameKey(c))).map(nameKey);
  };
  const used = new Set<string>();
  const own = placed.areas.map((label, a) => {
    if (apart.has(label)) return false;
    const hit = matches(label, a);
    hit.forEach((k) => used.add(k));
    return hit.length > 0;
  });
  const unused = names.filter((n) => !used.has(nameKey(n)));
  if (unused.length > 0) {
    const listed = placed.areas.filter((l) => !apart.has(l));
    throw new InputError(
      `${optionRef("areas")}: no area of the data is or lies in ${unused.map((n) => `"${n}"`).join(", ")}. Areas in the data: ${namesListed(listed, 40)}.`,
    );
  }
  notes.push(`The force's own areas: as named with ${optionRef("areas")} (${names.join(", ")}).`);
  return own;
}
