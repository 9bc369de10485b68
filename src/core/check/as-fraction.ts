import type { PrintedNumber } from "./check-types";

/**
 * A percentage held as a fraction (a workbook cell formatted 0.0%, holding 0.286 for 28.6%) is checked
 * to at least 3 decimals, one decimal of the percentage it shows, so 0.2 stored for 20.0% never passes
 * for 25%. Changes and shares both read their fractions this way.
 *
 * Missing values: the printed value is passed through as it is (null stays null).
 *
 * @param printed the printed cell, read as a fraction
 * @returns the same cell with at least 3 decimals of precision
 * @throws never
 * @example
 * asFraction({ value: 0.2, kind: "number", decimals: 1, footnote: "", text: "0.2", raw: true }).decimals; // => 3
 */
export function asFraction(printed: PrintedNumber): PrintedNumber {
  return { ...printed, decimals: Math.max(3, printed.decimals) };
}
