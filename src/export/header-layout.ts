import type { HeaderCell } from "../core/tables";

/** A header cell placed on the grid: its first column, how many columns and header rows it covers. */
export interface PlacedHeaderCell {
  text: string;
  column: number;
  span: number;
  rowSpan: number;
}

/**
 * Places a table's header rows on the column grid for writers that merge cells (the .docx and the
 * clipboard HTML). Column spans come from the TableModel. A blank header cell directly under a labelled
 * cell of exactly the same columns is merged into it, so "Number change" in the seed's table 2.6 covers
 * both header rows instead of sitting over an empty cell, as the assessment prints it.
 *
 * Missing values: a cell with no `span` covers one column; blank ("") texts stay blank cells unless merged
 * as above. Rows whose spans do not add up to the same total are placed as given (the recipe's fault).
 *
 * @param headerRows the TableModel's header rows, top first
 * @returns per header row, the cells that start in it (merged-away cells left out), left to right
 * @throws nothing
 * @example
 * headerLayout([[{ text: "Area" }, { text: "Rolling year", span: 2 }], [{ text: "" }, { text: "2017" }, { text: "2016" }]]);
 * // => [[{ text: "Area", column: 0, span: 1, rowSpan: 2 }, { text: "Rolling year", column: 1, span: 2, rowSpan: 1 }],
 * //     [{ text: "2017", column: 1, span: 1, rowSpan: 1 }, { text: "2016", column: 2, span: 1, rowSpan: 1 }]]
 */
export function headerLayout(headerRows: HeaderCell[][]): PlacedHeaderCell[][] {
  const placed: PlacedHeaderCell[][] = [];
  /** The cell that currently reaches down into the next row, by its first column. */
  const open = new Map<number, PlacedHeaderCell>();
  for (const row of headerRows) {
    const cells: PlacedHeaderCell[] = [];
    let column = 0;
    for (const cell of row) {
      const span = Math.max(1, cell.span ?? 1);
      const above = open.get(column);
      if (cell.text === "" && above && above.span === span) {
        above.rowSpan++;
      } else {
        const next = { text: cell.text, column, span, rowSpan: 1 };
        cells.push(next);
        for (let c = column; c < column + span; c++) open.delete(c);
        if (cell.text !== "") open.set(column, next);
      }
      column += span;
    }
    placed.push(cells);
  }
  return placed;
}
