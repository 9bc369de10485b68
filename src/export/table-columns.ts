import type { TableModel } from "../core/tables";

/**
 * The number of columns of a table: the widest of its header rows (spans added up) and its body rows.
 *
 * Missing values: a table with no header and no rows has 0 columns.
 *
 * @param table the table
 * @returns how many grid columns it needs
 * @throws nothing
 * @example
 * tableColumns({ headerRows: [[{ text: "Area" }, { text: "Rolling year", span: 2 }]], rows: [], ... }); // => 3
 */
export function tableColumns(table: Pick<TableModel, "headerRows" | "rows">): number {
  const header = table.headerRows.map((row) => row.reduce((sum, cell) => sum + Math.max(1, cell.span ?? 1), 0));
  const body = table.rows.map((row) => row.cells.length);
  return Math.max(0, ...header, ...body);
}
