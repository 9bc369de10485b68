import { nameKey } from "./name-key";

/**
 * The key a police force's name is matched on: police.uk writes "Kent Police" and "Avon and Somerset
 * Constabulary" where an analyst's table writes "Kent" and "Avon & Somerset".
 *
 * Missing values: null, undefined and "" give "".
 *
 * @param name the force as written
 * @returns the matching key
 * @example
 * forceKey("Avon and Somerset Constabulary") === forceKey("Avon & Somerset"); // => true
 */
export function forceKey(name: unknown): string {
  return nameKey(name)
    .replace(/\s+(police|constabulary|police service)$/, "")
    .trim();
}
