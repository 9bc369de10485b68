import type { HeaderCell } from "../core/tables";

/**
 * One header text per column from a table's header rows, for formats with a single header row (CSV,
 * Markdown). Each column takes the text of the lowest header row that says something about it, so
 * "RY ending Oct 2017" wins over the "Rolling year" spanning above it, while "Crime type", written only
 * in the top row, still heads the first column. A lower header that is only a unit ("%", "n") under a head
 * above it is named by it, "Very worried %" and "Very worried n" (the survey table, seed
 * 2.4), so the answer names are not lost.
 *
 * @param headerRows the table's header rows (cells with spans)
 * @returns the column headers
 * @throws never
 * @example
 * singleHeaderRow([[{ text: "Crime type" }, { text: "Rolling year", span: 2 }], [{ text: "" }, { text: "RY Oct 2017" }, { text: "RY Oct 2016" }]]);
 * // => ["Crime type", "RY Oct 2017", "RY Oct 2016"]
 */
/** A header that is only a unit, named by the head above it: "%" under "Very worried" is "Very worried %". */
const UNIT = /^(%|n|no\.?|number)$/i;

export function singleHeaderRow(headerRows: HeaderCell[][]): string[] {
  const columns: string[] = [];
  // The head spanning each column from the row above, so that a unit under it ("%", "n") keeps its name.
  let spanning: string[] = [];
  for (const row of headerRows) {
    let column = 0;
    const spans: string[] = [];
    for (const cell of row) {
      const span = Math.max(1, cell.span ?? 1);
      for (let c = column; c < column + span; c++) {
        spans[c] = cell.text;
        const text = UNIT.test(cell.text) && spanning[c] ? `${spanning[c]} ${cell.text}` : cell.text;
        if (cell.text !== "" || columns[c] === undefined) columns[c] = text;
      }
      column += span;
    }
    spanning = spans;
  }
  return columns;
}
