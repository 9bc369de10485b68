import { nameKey } from "./name-key";

/** Categories that are not crimes and so are left out of "All crime", as in the seed (2.6, 4.1). */
const NOT_CRIME = ["Anti-social behaviour"];

/**
 * The category indices that make up "All crime": every category except anti-social behaviour, which
 * police.uk publishes beside crimes but the assessment reports on its own (seed section 4.1).
 *
 * @param categories the Dataset's category names
 * @returns the indices of the crime categories
 * @example
 * allCrimeIndices(["Anti-social behaviour", "Burglary"]); // => [1]
 */
export function allCrimeIndices(categories: readonly string[]): number[] {
  const excluded = new Set(NOT_CRIME.map(nameKey));
  const indices: number[] = [];
  categories.forEach((c, i) => {
    if (!excluded.has(nameKey(c))) indices.push(i);
  });
  return indices;
}
