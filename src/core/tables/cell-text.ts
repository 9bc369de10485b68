/**
 * The text of one cell of an input matrix (Office.js `range.values` or parsed CSV), trimmed: strings as
 * they are, numbers and booleans as written. Used for names, codes and headers in mapping tables.
 *
 * Missing values: "", null and undefined give "" (a blank cell).
 *
 * @param value the cell value
 * @returns its text
 * @example
 * cellText("  Maidstone "); // => "Maidstone"
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  return String(value).trim();
}
