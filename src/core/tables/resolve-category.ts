import { NotAvailableError } from "..";
import type { CategoryGrouping } from "./category-grouping";
import type { CountCube } from "./count-cube";
import { counted } from "./counted";
import { nameIndices } from "./name-indices";
import { nameKey } from "./name-key";

/** A category chosen by name: the label tables show and the Dataset category indices it adds up. */
export interface CategoryChoice {
  label: string;
  indices: number[];
}

/**
 * The crimes (or searches, outcomes, ...) a by-area table counts, found by name: "All crime" (every
 * category but anti-social behaviour; for other kinds the total of every category, "All searches"), a line of the grouping ("Violent crime", "Shoplifting"), or a category of the data
 * itself ("Anti-social behaviour", "Drugs"). Names match with `nameKey`.
 *
 * Missing values: an omitted or blank name means "All crime".
 *
 * @param cube the count cube
 * @param name the category or group name
 * @param grouping the report's grouping, whose lines may be named
 * @returns the label and category indices (possibly empty, when the data have none of a group's types)
 * @throws {NotAvailableError} when the name is neither a group nor a category of the data
 * @example
 * resolveCategory(cube, "Violent crime", defaultGrouping()); // violence and sexual offences + robbery
 */
export function resolveCategory(
  cube: CountCube,
  name: string | null | undefined,
  grouping: CategoryGrouping,
): CategoryChoice {
  const key = nameKey(name);
  const total = counted(cube);
  if (key === "" || key === "all crime" || key === nameKey(total.total))
    return { label: total.total, indices: total.totalIndices };
  const line = grouping.lines.find((l) => nameKey(l.label) === key);
  if (line) return { label: line.label, indices: nameIndices(cube.categories, line.categories) };
  const at = cube.categories.findIndex((c) => nameKey(c) === key);
  if (at >= 0) return { label: cube.categories[at], indices: [at] };
  const groups = grouping.lines.map((l) => l.label).join(", ");
  throw new NotAvailableError(
    `There is no category or group called "${name}". Groups: ${[total.total, groups].filter((g) => g !== "").join(", ")}. Categories in the data: ${cube.categories.join(", ")}.`,
  );
}
