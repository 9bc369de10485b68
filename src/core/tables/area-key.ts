import { nameKey } from "./name-key";

/** Words publishers add to an area's name that do not change the area. */
const AREA_WORDS =
  /\b(ward|wards|district|borough|council|city of|metropolitan|county|unitary authority|ua|la|lad|csp|community safety partnership)\b/g;

/**
 * The key two area names are matched on when they are not the same after `nameKey`: also without the
 * words publishers add ("Allington Ward", "Maidstone District", "Borough of", "City of", "Council"),
 * punctuation (full stops, commas, apostrophes, brackets) and "St" for "Saint". ONS writes "Bristol,
 * City of" where police.uk writes "Bristol", and councils write "Allington Ward" where ONS writes
 * "Allington"; codes are matched before names wherever both sides have them.
 *
 * Missing values: null, undefined and "" give "".
 *
 * @param name an area's name as written
 * @returns the matching key
 * @throws never
 * @example
 * areaKey("Bristol, City of"); // => "bristol"
 */
export function areaKey(name: unknown): string {
  return nameKey(name)
    .replace(/[.'’]/g, "")
    .replace(/[,()[\]/]/g, " ")
    .replace(/\bsaint\b/g, "st")
    .replace(AREA_WORDS, " ")
    .replace(/\b(of|the)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
