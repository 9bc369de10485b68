import type { CheckRow } from "./check-types";

/**
 * The sum of one column over some rows, as a subtotal or total adds them: the printed values added
 * exactly.
 *
 * Missing values: when any part is blank, not available or text, the sum cannot be worked out and
 * is null (a blank part is not taken as 0: the seed's table 2.6 leaves a year blank on one page).
 *
 * @param rows the table's rows
 * @param parts the positions of the rows to add
 * @param column the column
 * @returns the sum, or null when a part has no number or there are no parts
 * @throws never
 * @example
 * sumOfParts(rows, [0, 1, 2], 2); // => 5378 for VATP + sexual offences + robbery in table 2.6
 */
export function sumOfParts(rows: readonly CheckRow[], parts: readonly number[], column: number): number | null {
  if (parts.length === 0) return null;
  let sum = 0;
  for (const p of parts) {
    const value = rows[p].cells[column]?.value;
    if (value === null || value === undefined) return null;
    sum += value;
  }
  return sum;
}
