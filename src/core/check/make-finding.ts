import type { CheckFinding, CheckTable } from "./check-types";

/**
 * One finding in plain words, naming the row and column as the table prints them and giving the
 * printed value, the right value and how it is worked out: Row "Violence Against The Person", column
 * "Number change": printed +725; 4833 - 3390 = +1443.
 *
 * Missing values: a row without a label is named by its row number ("Row 15 (no label)").
 *
 * @param table the table as read
 * @param row position in `table.rows`
 * @param column position in `table.columns`
 * @param expected the right value as it would be printed ("+1443")
 * @param working how it is worked out, ending in the right value ("4833 - 3390 = +1443")
 * @returns the finding, with the cell's position in the matrix as given
 * @throws never
 * @example
 * makeFinding(table, 2, 4, "+1443", "4833 - 3390 = +1443").message;
 * // => 'Row "Violence Against The Person", column "Number change": printed +725; 4833 - 3390 = +1443.'
 */
export function makeFinding(
  table: CheckTable,
  row: number,
  column: number,
  expected: string,
  working: string,
): CheckFinding {
  const r = table.rows[row];
  const rowName = r.name || `row ${r.source + 1} (no label)`;
  const columnName = table.columns[column].name;
  const printed = r.cells[column].text || "(blank)";
  return {
    row: r.source,
    column: r.sourceColumns[column] ?? column,
    rowName,
    columnName,
    printed,
    expected,
    working,
    message: `${r.name ? `Row "${rowName}"` : `Row ${r.source + 1} (no label)`}, column "${columnName}": printed ${printed}; ${working}.`,
  };
}
