import type { HeaderCell } from "../core/tables";

/**
 * One header text per column from a table's header rows, for formats with a single header row (CSV,
 * Markdown). Each column takes the text of the lowest header row that says something about it, so
 * "RY ending Oct 2017" wins over the "Rolling year" spanning above it, while "Crime type", written only
 * in the top row, still heads the first column. A lower header that is only a unit ("%", "n") under a head
 * above it is named by it, "Very worried %" and "Very worried n" (the survey table, seed
 * 2.4), so the answer names are not lost; so is a lower header repeated under several heads ("2017" under
 * each outcome of seed 3.1 is "Charge/Summons 2017"), so no two columns share a name.
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
    const repeated = repeatedUnderHeads(row, spanning);
    for (const cell of row) {
      const span = Math.max(1, cell.span ?? 1);
      for (let c = column; c < column + span; c++) {
        spans[c] = cell.text;
        // A unit, or a period repeated under each of several heads (seed 3.1's "2017" under each outcome),
        // takes its head's name, so no two columns share one.
        const named = UNIT.test(cell.text) || repeated.has(withoutUnit(cell.text));
        const text = named && spanning[c] ? `${spanning[c]} ${cell.text}` : cell.text;
        if (cell.text !== "" || columns[c] === undefined) columns[c] = text;
      }
      column += span;
    }
    spanning = spans;
  }
  return columns;
}

/** The texts of a row (a unit after them aside: "2017 n" is "2017") found under more than one head of the row above. */
function repeatedUnderHeads(row: HeaderCell[], spanning: string[]): Set<string> {
  const heads = new Map<string, Set<string>>();
  let column = 0;
  for (const cell of row) {
    const key = withoutUnit(cell.text);
    if (key !== "" && spanning[column] !== undefined && spanning[column] !== "")
      heads.set(key, (heads.get(key) ?? new Set()).add(spanning[column]));
    column += Math.max(1, cell.span ?? 1);
  }
  return new Set([...heads].filter(([, h]) => h.size > 1).map(([key]) => key));
}

function withoutUnit(text: string): string {
  return text.replace(/\s+(%|n|no\.?|number)$/i, "").trim();
}
