import type { HeaderCell } from "../core/tables/table-model";

/**
 * One header text per column from a table's header rows, for formats with a single header row (CSV,
 * Markdown). Each column takes the text of the lowest header row that says something about it, so
 * "RY ending Oct 2017" wins over the "Rolling year" spanning above it, while "Crime type", written only
 * in the top row, still heads the first column.
 *
 * @param headerRows the table's header rows (cells with spans)
 * @returns the column headers
 * @throws never
 * @example
 * singleHeaderRow([[{ text: "Crime type" }, { text: "Rolling year", span: 2 }], [{ text: "" }, { text: "RY Oct 2017" }, { text: "RY Oct 2016" }]]);
 * // => ["Crime type", "RY Oct 2017", "RY Oct 2016"]
 */
export function singleHeaderRow(headerRows: HeaderCell[][]): string[] {
  const columns: string[] = [];
  for (const row of headerRows) {
    let column = 0;
    for (const cell of row) {
      const span = Math.max(1, cell.span ?? 1);
      for (let c = column; c < column + span; c++) if (cell.text !== "" || columns[c] === undefined) columns[c] = cell.text;
      column += span;
    }
  }
  return columns;
}
