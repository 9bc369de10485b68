/**
 * The text of a cell value as Office.js or a CSV parser gives it, trimmed: strings as they are,
 * numbers and booleans written out, everything else (null, undefined, a blank) as "".
 *
 * Ingestion compares headers and names as text whatever the cell held, so "2017" typed as a number
 * and "2017" typed as text are the same area or category.
 *
 * Missing values: "", null, undefined and NaN give "".
 *
 * @param value the cell value
 * @returns its trimmed text
 * @throws never
 * @example
 * cellText("  Burglary "); // => "Burglary"
 * cellText(12); // => "12"
 */
export function cellText(value: unknown): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return Number.isNaN(value) ? "" : String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return "";
}
