import { InputError } from "..";

/** The levels a by-area table can be made at: LSOAs, electoral wards, districts, CSPs or police force areas. */
export const AREA_LEVELS = ["lsoa", "ward", "district", "csp", "force"] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

/** The area level's name in the analysts' words, for notes. */
export const AREA_LEVEL_NAMES: Readonly<Record<AreaLevel, string>> = {
  lsoa: "LSOAs",
  ward: "electoral wards",
  district: "districts",
  csp: "Community Safety Partnerships",
  force: "police force areas",
};

/**
 * The area level an analyst typed ("ward", "CSP", "District"), checked.
 *
 * Missing values: blank, null or undefined gives "district", the level police.uk files are read at.
 *
 * @param text the level as typed
 * @returns the level
 * @throws {InputError} for any other word, listing the levels
 * @example
 * areaLevel("Ward"); // => "ward"
 */
export function areaLevel(text: string | null | undefined): AreaLevel {
  const word = (text ?? "").trim().toLowerCase();
  if (word === "") return "district";
  const found = AREA_LEVELS.find((l) => l === word);
  if (!found) throw new InputError(`The area level must be one of ${AREA_LEVELS.join(", ")}, not "${text}".`);
  return found;
}
