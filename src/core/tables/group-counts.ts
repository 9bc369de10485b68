import type { Dataset } from "../data";
import { NotAvailableError } from "..";
import { monthLabel } from "../periods";
import { rollingYearLabel } from "../periods";
import type { CategoryGrouping } from "./category-grouping";
import { countCube } from "./count-cube";
import { cubeSum } from "./cube-sum";
import { groupingFor } from "./grouping-for";
import { resolveCategory } from "./resolve-category";
import { resolveEndMonth } from "./resolve-end-month";

/**
 * The count of a category per area over the rolling year ending at the end month, for a survey table's
 * crimes-per-group column. The same grouping as every other table: police.uk's groups only where the
 * categories are police.uk's.
 *
 * Missing values: an area without records of the category counts 0.
 *
 * @param dataset the records
 * @param category the category or group counted
 * @param endMonth the end month index, or null for the latest in the data
 * @param grouping the analyst's grouping table, or null for the default
 * @returns the column's label and the count per area
 * @throws {NotAvailableError} when the data do not cover the whole rolling year (a short count would read as a real one)
 * @example
 * groupCounts(gwent, "Burglary", null, null).label; // => "Burglary, RY ending Dec 2024"
 */
export function groupCounts(
  dataset: Dataset,
  category: string,
  endMonth: number | null | undefined,
  grouping: CategoryGrouping | null,
) {
  const cube = countCube(dataset);
  const end = resolveEndMonth(cube, endMonth);
  const chosen = resolveCategory(cube, category, groupingFor(cube, grouping));
  if (end - 11 < cube.firstMonth) {
    throw new NotAvailableError(
      `The data start in ${monthLabel(cube.firstMonth)}, so the crimes per group for the ${rollingYearLabel(end)} cannot be counted in full; choose a later end month.`,
    );
  }
  const values = new Map<string, number>();
  cube.areas.forEach((name, a) =>
    values.set(name, cubeSum(cube, { areas: [a], categories: chosen.indices, months: [end - 11, end] })),
  );
  return { label: `${chosen.label}, ${rollingYearLabel(end)}`, values };
}
