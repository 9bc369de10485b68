import { percentChange } from "../core/change";
import { excelError, guard } from "./excel-error";
import { requireNumber } from "./coerce";

/**
 * The percentage change from an old value to a new one, rounded to one decimal place like Excel's ROUND
 * (28.6 for 11890 against 9245). Returns #N/A when the old value is 0 (a change from zero has no percentage;
 * the report writes N/A, and Excel would drop the reason from a #DIV/0!). A blank argument is #VALUE!; a 0
 * is the number 0.
 * @customfunction PCTCHANGE
 * @param newValue The count in the later period, such as this rolling year.
 * @param oldValue The count in the earlier period, the base of the comparison.
 * @returns The percentage change, as a number of percentage points (28.6 means +28.6%).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- not number: Excel makes a blank 0 for those (coerce.ts)
export function pctChange(newValue: any, oldValue: any): number {
  return guard(() => {
    const change = percentChange(requireNumber(newValue, "new"), requireNumber(oldValue, "old"));
    if (change === null) throw excelError("#N/A", "old is 0: a change from zero has no percentage.");
    return change;
  });
}
