import { NotAvailableError } from "..";
import type { CountCube } from "./count-cube";
import { periodsHeld } from "./periods-held";

/**
 * Lets a table of 12-month windows (the rate table) use yearly or quarterly data when every window is made
 * of whole periods of the data: financial-year counts give the rates of years ending in March (seed 2.5,
 * "year ending March 2017"), counts for years from September those of years ending in August. A window
 * cutting a period would count part of a year's total as if it were the whole, so it is refused, naming
 * the periods held and the end months that fit.
 *
 * Missing values: none.
 *
 * @param cube the count cube
 * @param endMonth the last month of the latest window
 * @param table the recipe id, for the message
 * @returns nothing
 * @throws {NotAvailableError} when the windows do not fall on the data's periods
 * @example
 * wholeYears(countCube(financialYears), monthIndex(2017, 3), "rate"); // fine: April 2016 - March 2017
 */
export function wholeYears(
  cube: Pick<CountCube, "periodUnit" | "yearStart" | "firstMonth" | "lastMonth">,
  endMonth: number,
  table: string,
): void {
  if (cube.periodUnit === "month") return;
  const step = cube.periodUnit === "year" ? 12 : 3;
  if ((endMonth - (cube.yearStart - 1) + 1) % step === 0) return;
  const lastMonthOfYear = ((cube.yearStart + 10) % 12) + 1;
  throw new NotAvailableError(
    `The ${table} table counts 12-month windows, but the data hold ${periodsHeld(cube)}, so each window must end where one of them ends${cube.periodUnit === "year" ? ` (month ${lastMonthOfYear})` : ""}; choose such an end month.`,
  );
}
