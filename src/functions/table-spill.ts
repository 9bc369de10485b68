import { formatCell } from "../core/house-style";
import type { HeaderCell, TableCell, TableModel } from "../core/tables";

/**
 * A standard table as one spilled block: one header row, then one row per body row, with the figures
 * the command line's CSV of the same table holds (`satk table ... --format csv`): counts, changes
 * rounded to whole numbers, % changes and shares in percentage points to one decimal (28.6, not 0.286:
 * a spill cannot carry a number format, so the number reads as the report prints it), rates to their
 * decimals, ranks; sub-categories labelled "- Robbery". A value that is not available is the text "N/A"
 * (the report's word, which SUM skips), without its footnote marker: the notes are not spilled. The
 * header row takes, for each column, the text of the lowest header row that says something about it,
 * as the CSV's does ("RY ending Oct 2017" under the "Rolling year" that spans it).
 *
 * @param table the table
 * @returns the block, header row first, every row as wide as the table
 * @throws never
 * @example
 * tableSpill(rollingYear(dataset, { area: "Maidstone" }))[1]; // => ["Victim based crime", 1214, 11890, 9245, 2645, 28.6]
 */
export function tableSpill(table: TableModel): (string | number)[][] {
  const header = oneHeaderRow(table.headerRows);
  const width = Math.max(header.length, ...table.rows.map((row) => row.cells.length));
  const block: (string | number)[][] = [pad(header, width)];
  for (const row of table.rows) {
    const cells = row.cells.map((cell, c) =>
      c === 0 ? `${row.level === 1 ? "- " : ""}${formatCell({ ...cell, footnote: undefined })}` : spilled(cell),
    );
    block.push(pad(cells, width));
  }
  return block;
}

/** A body cell's value: the number the house style rounds it to, its text, or "N/A". */
function spilled(cell: TableCell): string | number {
  if (cell.value === null || (typeof cell.value === "number" && Number.isNaN(cell.value))) return "N/A";
  if (typeof cell.value === "string") return cell.value;
  const rounded = Number(
    formatCell({ ...cell, footnote: undefined })
      .replace(/^\+/, "")
      .replace(/%$/, ""),
  );
  return rounded === 0 ? 0 : rounded; // never -0
}

/** One text per column: the lowest header row's text that is not blank, else the top row's. */
function oneHeaderRow(headerRows: HeaderCell[][]): string[] {
  const columns: string[] = [];
  for (const row of headerRows) {
    let column = 0;
    for (const cell of row) {
      const span = Math.max(1, cell.span ?? 1);
      for (let c = column; c < column + span; c++)
        if (cell.text !== "" || columns[c] === undefined) columns[c] = cell.text;
      column += span;
    }
  }
  return columns;
}

function pad(row: (string | number)[], width: number): (string | number)[] {
  while (row.length < width) row.push("");
  return row;
}
