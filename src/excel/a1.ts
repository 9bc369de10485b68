/**
 * A1 addresses, the way Excel writes them, for the workbook port's two implementations.
 *
 * Rows and columns here are 0-based offsets (row 0 is Excel's row 1, column 0 is "A"), because both the
 * in-memory workbook and the layout work with array indices; only the strings are 1-based.
 */

import { columnLetters } from "../core/cells";
import { columnNumber } from "../core/cells";

export { columnLetters, columnNumber };

/** A rectangle of cells: its top-left (0-based) and its size. */
export interface Rect {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/**
 * Reads an A1 address ("B3", "A1:C10", "$A$1:$C$10" or "Sheet1!A1:C10", the sheet part ignored) into a
 * rectangle.
 *
 * @param address the address
 * @returns the rectangle, 0-based
 * @throws {RangeError} when the text is not an A1 cell or range address
 * @example
 * parseAddress("B3:D4"); // => { row: 2, column: 1, rows: 2, columns: 3 }
 */
export function parseAddress(address: string): Rect {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(local.trim());
  if (!match) throw new RangeError(`"${address}" is not a cell or range address such as A1 or A1:C10.`);
  const c1 = columnNumber(match[1]);
  const r1 = Number(match[2]) - 1;
  const c2 = match[3] ? columnNumber(match[3]) : c1;
  const r2 = match[4] ? Number(match[4]) - 1 : r1;
  return {
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    columns: Math.abs(c2 - c1) + 1,
  };
}

/**
 * The A1 address of a rectangle: "B3" for a single cell, "B3:D4" otherwise.
 *
 * @param rect the rectangle, 0-based, with at least one row and one column
 * @returns the address
 * @example
 * formatAddress({ row: 2, column: 1, rows: 2, columns: 3 }); // => "B3:D4"
 */
export function formatAddress(rect: Rect): string {
  const first = `${columnLetters(rect.column)}${rect.row + 1}`;
  if (rect.rows === 1 && rect.columns === 1) return first;
  return `${first}:${columnLetters(rect.column + rect.columns - 1)}${rect.row + rect.rows}`;
}

/**
 * A sheet-qualified absolute reference for formulas, chart series and validation lists:
 * `'Volume by type'!$B$4:$B$20` (the name quoted, with its apostrophes doubled, as Excel requires).
 *
 * @param sheet the sheet name
 * @param rect the rectangle
 * @returns the reference
 * @example
 * absoluteReference("Data", { row: 0, column: 0, rows: 2, columns: 1 }); // => "'Data'!$A$1:$A$2"
 */
export function absoluteReference(sheet: string, rect: Rect): string {
  const cell = (r: number, c: number) => `$${columnLetters(c)}$${r + 1}`;
  const end =
    rect.rows === 1 && rect.columns === 1 ? "" : `:${cell(rect.row + rect.rows - 1, rect.column + rect.columns - 1)}`;
  return `'${sheet.replace(/'/g, "''")}'!${cell(rect.row, rect.column)}${end}`;
}

/**
 * Splits a reference such as "'My data'!$B$2:$B$30" into its sheet and local address; a reference
 * without a sheet ("B2:B30") belongs to `defaultSheet`.
 *
 * @param ref the reference
 * @param defaultSheet the sheet of a local address
 * @returns the sheet's name (quotes removed, doubled apostrophes undone) and the address
 * @example
 * splitReference("'Bob''s'!$A$1", "X"); // => { sheet: "Bob's", address: "$A$1" }
 */
export function splitReference(ref: string, defaultSheet: string): { sheet: string; address: string } {
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return { sheet: defaultSheet, address: ref };
  return { sheet: ref.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'"), address: ref.slice(bang + 1) };
}

/**
 * The part of a selection that holds data: the selection cut to the sheet's used range. An analyst who
 * selects whole columns ("A:F", a million rows each) means the table in them; reading the empty rows
 * below it would send a million rows across Office's interface for nothing (and past Excel on the
 * web's request limit). When the two do not meet, the selection's top-left cell stands for it, blank.
 *
 * @param selection the selected rectangle
 * @param used the used range's rectangle, or null for an empty sheet
 * @returns the rectangle to read, and whether any of it is in use
 * @example
 * selectionInUse({ row: 0, column: 1, rows: 1048576, columns: 4 }, { row: 0, column: 0, rows: 3, columns: 6 });
 * // => { rect: { row: 0, column: 1, rows: 3, columns: 4 }, inUse: true }
 */
export function selectionInUse(selection: Rect, used: Rect | null): { rect: Rect; inUse: boolean } {
  if (used) {
    const top = Math.max(selection.row, used.row);
    const left = Math.max(selection.column, used.column);
    const bottom = Math.min(selection.row + selection.rows, used.row + used.rows);
    const right = Math.min(selection.column + selection.columns, used.column + used.columns);
    if (bottom > top && right > left)
      return { rect: { row: top, column: left, rows: bottom - top, columns: right - left }, inUse: true };
  }
  return { rect: { row: selection.row, column: selection.column, rows: 1, columns: 1 }, inUse: false };
}
