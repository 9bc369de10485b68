import type { CountCube } from "./count-cube";
import { financialYear } from "../periods";

/**
 * The periods yearly or quarterly data hold, in words for messages: "financial years (2008/09 to
 * 2017/18)", "calendar years (2023 to 2025)", "quarters (2019 to 2020)".
 *
 * Missing values: none.
 *
 * @param cube the count cube (its unit, year start and span)
 * @returns the words
 * @throws never
 * @example
 * periodsHeld(countCube(financialYears)); // => "financial years (2008/09 to 2017/18)"
 */
export function periodsHeld(cube: Pick<CountCube, "periodUnit" | "yearStart" | "firstMonth" | "lastMonth">): string {
  const first = financialYear(cube.firstMonth, cube.yearStart).label;
  const last = financialYear(cube.lastMonth, cube.yearStart).label;
  const words =
    cube.periodUnit === "quarter" ? "quarters" : cube.yearStart === 1 ? "calendar years" : "financial years";
  return `${words} (${first === last ? first : `${first} to ${last}`})`;
}
