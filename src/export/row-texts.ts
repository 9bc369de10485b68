import { formatCell } from "../core/house-style";
import type { TableRow } from "../core/tables";

/**
 * The texts of one body row as the exported table shows them: every cell in the house style
 * (`formatCell`: "+2645", "+28.6%", "N/A*"), and a sub-category's label prefixed with "- " as the seed
 * prints "- Robbery". Shared by the .docx, the clipboard HTML and the plain-text fallback, so all three
 * show the same characters.
 *
 * Missing values: a `null` cell is "N/A" plus its footnote marker (see `formatCell`).
 *
 * @param row a body row of a TableModel
 * @returns one text per cell, left to right
 * @throws nothing
 * @example
 * rowTexts({ level: 1, kind: "data", cells: [{ kind: "text", value: "Robbery" }, { kind: "count", value: 99 }] });
 * // => ["- Robbery", "99"]
 */
export function rowTexts(row: TableRow): string[] {
  return row.cells.map((cell, i) => {
    const text = formatCell(cell);
    return i === 0 && row.level === 1 ? `- ${text}` : text;
  });
}
