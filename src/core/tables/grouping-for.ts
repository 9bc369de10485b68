import type { CategoryGrouping } from "./category-grouping";
import type { CountCube } from "./count-cube";
import { defaultGrouping } from "./default-grouping";

/**
 * The grouping a by-category table uses: the one supplied, else the police.uk crime grouping (seed
 * 2.6) for crimes, and no grouping for anything else - searches, outcomes, incidents and other counts
 * are shown category by category, never under crime groups such as "Victim based crime". Crimes
 * whose categories are not all police.uk crime types (the Metropolitan Police's "Robbery", "Theft",
 * "Violence Against the Person") get no grouping either: the police.uk groups would hold only the
 * few names that happen to match, so "Violent crime" would be robbery alone - a silently wrong number.
 *
 * Missing values: a null or omitted grouping means the default for the data's kind; a cube without
 * its categories is taken as police.uk crime types.
 *
 * @param cube the count cube (its kind)
 * @param given the grouping supplied by the analyst, or null
 * @returns the grouping
 * @throws never
 * @example
 * groupingFor(countCube(searches), null).lines; // => []
 */
export function groupingFor(
  cube: Pick<CountCube, "kind"> & Partial<Pick<CountCube, "categories">>,
  given: CategoryGrouping | null | undefined,
): CategoryGrouping {
  if (given) return given;
  const none = { lines: [], categories: [] };
  if ((cube.kind ?? "crimes") !== "crimes") return none;
  const grouping = defaultGrouping();
  const known = new Set(grouping.categories.map((c) => c.toLowerCase()));
  const crimes = (cube.categories ?? []).map((c) => c.toLowerCase()).filter((c) => c !== "anti-social behaviour");
  return 2 * crimes.filter((c) => known.has(c)).length >= crimes.length ? grouping : none;
}
