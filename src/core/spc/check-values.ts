import { InputError, NotAvailableError } from "../errors";
import type { SpcChart } from "./types";

/**
 * Checks a series before any SPC work, so that every later step can assume clean numbers: at least two
 * points (one point has no moving range and no limits), every value a finite number, and for a c chart
 * every value a count of zero or more (Poisson limits for a negative count mean nothing).
 *
 * Missing values: there is no such thing in an SPC series. NaN, Infinity, blank or text is an
 * `InputError` naming the 1-based point; a wrapper that reads cells must reject blanks before this.
 *
 * @param values the series
 * @param chart the chart type ("XMR" or "C")
 * @returns nothing
 * @throws {NotAvailableError} with fewer than 2 points
 * @throws {InputError} naming the first point that is not a finite number (or negative, for a c chart)
 * @example
 * checkValues([3, 4, 5], "C"); // passes
 * checkValues([3, -1], "C");   // InputError: point 2 is -1: a c chart needs counts of 0 or more
 */
export function checkValues(values: ArrayLike<unknown>, chart: SpcChart): void {
  if (values.length < 2) {
    throw new NotAvailableError(`An SPC chart needs at least 2 points; ${values.length} given.`);
  }
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new InputError(`Point ${i + 1} is ${describe(value)}, not a number.`);
    }
    if (chart === "C" && value < 0) {
      throw new InputError(`Point ${i + 1} is ${value}: a c chart needs counts of 0 or more.`);
    }
  }
}

function describe(value: unknown): string {
  return typeof value === "number" ? String(value) : JSON.stringify(value) ?? String(value);
}
