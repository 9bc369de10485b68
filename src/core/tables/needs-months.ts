import { NotAvailableError } from "..";
import type { CountCube } from "./count-cube";
import { periodsHeld } from "./periods-held";

/**
 * Refuses yearly or quarterly data for a table that needs months (rolling year, area comparison, rate,
 * SPC, the financial-year pivot): a rolling year or a monthly chart cannot be made from annual totals,
 * and spreading them over months would invent numbers. The message names the periods found and the
 * tables that can use them.
 *
 * Missing values: none.
 *
 * @param cube the count cube
 * @param table the table's recipe id, for the message
 * @returns nothing
 * @throws {NotAvailableError} when the data are not monthly
 * @example
 * needsMonths(countCube(financialYears), "rolling-year"); // throws: "... the data hold financial years (2008/09 to 2017/18) ..."
 */
export function needsMonths(
  cube: Pick<CountCube, "periodUnit" | "yearStart" | "firstMonth" | "lastMonth">,
  table: string,
): void {
  if (cube.periodUnit === "month") return;
  throw new NotAvailableError(
    `The ${table} table needs monthly data, but the data hold ${periodsHeld(cube)}. Use category-by-year or period-comparison, which work from yearly data.`,
  );
}
