import type { TableCell } from "../tables";

/** Six hex digits, RRGGBB, as `TableCell.fill` is documented: the only colour text a writer passes on. */
const SIX_HEX = /^[0-9A-F]{6}$/i;

/**
 * A cell's background colour as the writers may use it: `fill` when it is six hex digits (RRGGBB),
 * otherwise null. One check for every writer (Excel sheet, Word, HTML, xlsx file), so a malformed
 * fill is dropped the same way everywhere instead of reaching a style, an attribute or a file.
 *
 * Missing values: no cell, no fill or an empty fill gives null.
 *
 * @param cell a body cell of a TableModel, or undefined past the row's end
 * @returns the six hex digits (case as given), or null
 * @throws never
 * @example
 * cellFill({ kind: "text", value: "Improving", fill: "00B0F0" }); // => "00B0F0"
 * cellFill({ kind: "text", value: "x", fill: "red" }); // => null
 */
export function cellFill(cell: TableCell | undefined): string | null {
  const fill = cell?.fill;
  return fill !== undefined && SIX_HEX.test(fill) ? fill : null;
}
