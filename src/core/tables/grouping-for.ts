import type { CategoryGrouping } from "./category-grouping";
import type { CountCube } from "./count-cube";
import { defaultGrouping } from "./default-grouping";

/**
 * The grouping a by-category table uses: the one supplied, else the police.uk crime grouping (seed
 * 2.6) for crimes, and no grouping for anything else - searches, outcomes, incidents and other counts
 * are shown category by category, never under crime groups such as "Victim based crime".
 *
 * Missing values: a null or omitted grouping means the default for the data's kind.
 *
 * @param cube the count cube (its kind)
 * @param given the grouping supplied by the analyst, or null
 * @returns the grouping
 * @throws never
 * @example
 * groupingFor(countCube(searches), null).lines; // => []
 */
export function groupingFor(cube: Pick<CountCube, "kind">, given: CategoryGrouping | null | undefined): CategoryGrouping {
  if (given) return given;
  return (cube.kind ?? "crimes") === "crimes" ? defaultGrouping() : { lines: [], categories: [] };
}
