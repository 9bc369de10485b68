import type { CountCube } from "./count-cube";

/** Which part of a cube to add up. `null` (or absent) areas or categories means all of them. */
export interface CubeSelection {
  /** Area indices to include; all areas when absent. */
  areas?: readonly number[] | null;
  /** Category indices to include; all categories when absent. */
  categories?: readonly number[] | null;
  /** First and last month index, inclusive. Months outside the data's span count 0. */
  months: readonly [number, number];
}

/**
 * The total count of a set of areas and categories over a window of months: the sum behind every
 * count cell of a table (a rolling year, a financial year, one month).
 *
 * Missing values: months outside the cube's span add 0 (callers check `windowCovered` first when a
 * window outside the data must show N/A rather than a low count).
 *
 * @param cube the count cube
 * @param selection the areas, categories and months
 * @returns the sum
 * @example
 * cubeSum(cube, { areas: [maidstone], categories: violentCrime, months: [m - 11, m] });
 */
export function cubeSum(cube: CountCube, selection: CubeSelection): number {
  const from = Math.max(selection.months[0], cube.firstMonth) - cube.firstMonth;
  const to = Math.min(selection.months[1], cube.lastMonth) - cube.firstMonth;
  if (to < from) return 0;
  const areas = selection.areas ?? allIndices(cube.areas.length);
  const categories = selection.categories ?? allIndices(cube.categories.length);
  const nCat = cube.categories.length;
  const counts = cube.counts;
  let total = 0;
  for (const a of areas) {
    for (const c of categories) {
      const base = (a * nCat + c) * cube.monthCount;
      for (let m = base + from; m <= base + to; m++) total += counts[m];
    }
  }
  return total;
}

function allIndices(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
