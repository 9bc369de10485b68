import { NotAvailableError } from "..";
import { monthLabel } from "../periods";
import type { CountCube } from "./count-cube";

/**
 * The month a table ends at: the one asked for, or by default the latest month in the data.
 *
 * @param cube the count cube
 * @param endMonth a month index, or undefined/null for the latest month with records
 * @returns the month index
 * @throws {NotAvailableError} when the data are empty or the month lies outside the data, naming the
 *   month and the span the data cover
 * @example
 * resolveEndMonth(cube); // => cube.lastMonth
 */
export function resolveEndMonth(cube: CountCube, endMonth?: number | null): number {
  if (cube.monthCount <= 0) throw new NotAvailableError("The data have no records, so no table can be made.");
  if (endMonth === undefined || endMonth === null) return cube.lastMonth;
  if (!Number.isInteger(endMonth) || endMonth < cube.firstMonth || endMonth > cube.lastMonth) {
    const asked = Number.isInteger(endMonth) ? monthLabel(endMonth) : String(endMonth);
    throw new NotAvailableError(
      `The end month ${asked} is outside the data, which run from ${monthLabel(cube.firstMonth)} to ${monthLabel(cube.lastMonth)}.`,
    );
  }
  return endMonth;
}
