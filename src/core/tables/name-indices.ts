import { nameKey } from "./name-key";

/**
 * The positions in `names` (a Dataset's areas or categories) of the wanted names, matched with
 * `nameKey`; wanted names the data do not have are skipped (a crime type with no crimes in the period
 * is simply absent from the dictionary and counts 0).
 *
 * Missing values: blank wanted names match nothing.
 *
 * @param names the dictionary, such as `cube.categories`
 * @param wanted the names to find
 * @returns their indices, in `wanted` order, without repeats
 * @example
 * nameIndices(["Burglary", "Robbery"], ["robbery", "Drugs"]); // => [1]
 */
export function nameIndices(names: readonly string[], wanted: readonly string[]): number[] {
  const keys = new Map<string, number>();
  names.forEach((n, i) => keys.set(nameKey(n), i));
  const found = new Set<number>();
  for (const w of wanted) {
    const at = keys.get(nameKey(w));
    if (at !== undefined && nameKey(w) !== "") found.add(at);
  }
  return [...found];
}
