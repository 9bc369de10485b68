import type { CountCube } from "./count-cube";
import { cubeSum } from "./cube-sum";

/**
 * The monthly counts of a set of areas and categories, one number per month from `first` to `last`:
 * the series an SPC chart or a financial-year pivot is drawn from.
 *
 * Missing values: a month with no records, or outside the data's span, is 0 (callers that must show a
 * month outside the data as blank compare with `cube.firstMonth` / `cube.lastMonth`).
 *
 * @param cube the count cube
 * @param areas area indices, or null for all
 * @param categories category indices, or null for all
 * @param first the first month index
 * @param last the last month index (inclusive)
 * @returns the counts, `last - first + 1` of them (empty when `last < first`)
 * @example
 * cubeSeries(cube, null, allCrime, cube.firstMonth, cube.lastMonth); // force-wide monthly counts
 */
export function cubeSeries(
  cube: CountCube,
  areas: readonly number[] | null,
  categories: readonly number[] | null,
  first: number,
  last: number,
): number[] {
  const series: number[] = [];
  for (let m = first; m <= last; m++) series.push(cubeSum(cube, { areas, categories, months: [m, m] }));
  return series;
}
