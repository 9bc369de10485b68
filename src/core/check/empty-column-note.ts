import type { CheckColumn, CheckTable } from "./check-types";

/**
 * The note for a derived column with nothing printed to check (every cell blank or "N/A", as a table
 * over data too short for its periods prints), so the report says why it checked nothing there
 * rather than that the column could not be understood.
 *
 * Missing values: this is the missing-value case; a column with any number gives null.
 *
 * @param table the table as read
 * @param column the derived column
 * @returns the note, or null when the column prints a number somewhere
 * @throws never
 * @example
 * emptyColumnNote(table, changeColumn); // => '"Number change": every cell is blank or N/A, so there is nothing to check.'
 */
export function emptyColumnNote(table: CheckTable, column: CheckColumn): string | null {
  const printed = table.rows.some((row) => row.cells[column.index].value !== null);
  return printed ? null : `"${column.name}": every cell is blank or N/A, so there is nothing to check.`;
}
