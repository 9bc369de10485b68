import type { TableModel } from "../core/tables";
import { droppedLine } from "./dropped-line";

/**
 * The lines every writer puts under a table, in the house order: its notes, then the sentence on input
 * rows not used, then the source line; blank lines left out. One list, so the sheet, the .xlsx, the
 * Markdown and the plain-text copy say the same things in the same order.
 *
 * Missing values: an empty note, no dropped rows or an empty source give no line.
 *
 * @param table the table
 * @returns the lines, top to bottom
 * @example
 * linesUnderTable(table); // => ["* Burglary categories changed in April 2017 ...", "Source: police.uk ..."]
 */
export function linesUnderTable(table: TableModel): string[] {
  return [...table.notes, droppedLine(table.dropped), table.source].filter((line) => line !== "");
}
