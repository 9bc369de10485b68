import { poissonChangeTest } from "../core/significance";
import { InputError } from "../core";
import { excelError, guard } from "./excel-error";
import { optionalNumber, requireNumber } from "./coerce";

/**
 * Whether a change between two counts is real: the two-sided p-value that both come from the same rate,
 * by the exact conditional test for two Poisson counts (Przyborowski and Wilenski 1940; R's
 * poisson.test). 0.0000 for 10271 against 13594; 0.40 for 41 against 50 (within chance). Below 0.05 is
 * usually called statistically significant. 0 against 0 gives 1. Text is #VALUE!; a count that is not a
 * whole number from 0 to a billion, or an exposure not more than 0, is #NUM!.
 * @customfunction CHANGETEST
 * @param newValue The count in the later period, such as this rolling year.
 * @param oldValue The count in the earlier period.
 * @param [newExposure] The length or population behind the new count (default 1): months, or residents.
 * @param [oldExposure] The length or population behind the old count (default 1). Only the ratio matters.
 * @returns The two-sided p-value, 0 to 1.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- not number: Excel makes a blank 0 for those (coerce.ts)
export function changeTest(newValue: any, oldValue: any, newExposure?: any, oldExposure?: any): number {
  return guard(() => {
    const counts = [requireNumber(newValue, "new"), requireNumber(oldValue, "old")] as const;
    const exposures = [
      optionalNumber(newExposure, "new_exposure", 1),
      optionalNumber(oldExposure, "old_exposure", 1),
    ] as const;
    try {
      return poissonChangeTest(counts[0], counts[1], exposures[0], exposures[1]);
    } catch (error) {
      // Numbers outside the test's domain (a negative or fractional count) are Excel's #NUM!, as SQRT(-1) is.
      if (error instanceof InputError) throw excelError("#NUM!", error.message);
      throw error;
    }
  });
}
