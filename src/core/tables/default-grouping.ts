import { parseCategoryGrouping, type CategoryGrouping } from "./category-grouping";

const VICTIM = "Victim based crime";
const SOCIETY = "Crimes against society";

/**
 * The default grouping of police.uk crime types, mirroring seed table 2.6 as far as police.uk's
 * 14 categories allow. Correspondence with the seed's rows:
 * - Victim based crime = Violent crime + Burglary + Vehicle crime + Theft and handling + Criminal damage
 *   (the Home Office's victim-based crime).
 * - Violent crime = "Violence and sexual offences" + "Robbery" (the seed's "- Violence Against The
 *   Person" and "- Sexual Offences" are one police.uk category, so they are one sub-group here).
 * - Burglary: police.uk does not split "Burglary Residential" and "Business and Community".
 * - Vehicle crime: police.uk does not split theft of / theft from / interference.
 * - Theft and handling = Shoplifting + Bicycle theft ("Theft of pedal cycle") + Theft from the person +
 *   Other theft (the seed folds theft from the person into "Other Theft"; police.uk keeps it apart).
 * - Criminal damage = "Criminal damage and arson".
 * - Crimes against society = Drugs + Possession of weapons + Public order + Other crime.
 * - Anti-social behaviour is not placed: it is not a crime and is left out of "All crime", as in the seed.
 * Header row first, as `parseCategoryGrouping` reads it; the wizard shows it for editing.
 */
export const POLICE_UK_GROUPING_TABLE: readonly (readonly string[])[] = [
  ["Summary", "Group", "Sub-group", "Crime type"],
  [VICTIM, "Violent crime", "Violence and sexual offences", "Violence and sexual offences"],
  [VICTIM, "Violent crime", "Robbery", "Robbery"],
  [VICTIM, "Burglary", "", "Burglary"],
  [VICTIM, "Vehicle crime", "", "Vehicle crime"],
  [VICTIM, "Theft and handling", "Shoplifting", "Shoplifting"],
  [VICTIM, "Theft and handling", "Theft of pedal cycle", "Bicycle theft"],
  [VICTIM, "Theft and handling", "Theft from the person", "Theft from the person"],
  [VICTIM, "Theft and handling", "Other theft", "Other theft"],
  [VICTIM, "Criminal damage", "", "Criminal damage and arson"],
  ["", SOCIETY, "Drug offences", "Drugs"],
  ["", SOCIETY, "Possession of weapons", "Possession of weapons"],
  ["", SOCIETY, "Public order offences", "Public order"],
  ["", SOCIETY, "Other crimes", "Other crime"],
];

let cached: CategoryGrouping | undefined;

/**
 * The default police.uk grouping (see `POLICE_UK_GROUPING_TABLE` for how it corresponds to seed table
 * 2.6), used by the by-category recipes when no grouping table is supplied.
 *
 * @returns the grouping (a fresh copy each call, so callers may change it)
 * @example
 * defaultGrouping().lines[0]; // => { label: "Victim based crime", level: 0, kind: "subtotal", ... }
 */
export function defaultGrouping(): CategoryGrouping {
  cached ??= parseCategoryGrouping(POLICE_UK_GROUPING_TABLE);
  return {
    lines: cached.lines.map((l) => ({ ...l, categories: [...l.categories] })),
    categories: [...cached.categories],
  };
}
