import { NotAvailableError } from "..";
import type { CountCube } from "./count-cube";
import { nameKey } from "./name-key";

/** An area chosen by name: the label tables show and the area indices (null = every area). */
export interface AreaChoice {
  label: string;
  indices: number[] | null;
}

/**
 * The area a by-category table is for, found by name in the data (matched with `nameKey`, so
 * "Tonbridge & Malling" finds "Tonbridge and Malling").
 *
 * Missing values: an omitted or blank name means every area, labelled `allLabel`.
 *
 * @param cube the count cube
 * @param name the area's name, as the analyst typed it
 * @param allLabel the label for every area together (default "All areas")
 * @returns the area's label (as the data spell it) and index
 * @throws {NotAvailableError} when the data have no such area, listing the areas they have
 * @example
 * resolveArea(cube, "maidstone"); // => { label: "Maidstone", indices: [7] }
 */
export function resolveArea(cube: CountCube, name?: string | null, allLabel = "All areas"): AreaChoice {
  if (name === undefined || name === null || nameKey(name) === "") return { label: allLabel, indices: null };
  const at = cube.areas.findIndex((a) => nameKey(a) === nameKey(name));
  if (at < 0) {
    throw new NotAvailableError(`The data have no area called "${name}". Areas in the data: ${cube.areas.join(", ")}.`);
  }
  return { label: cube.areas[at], indices: [at] };
}
