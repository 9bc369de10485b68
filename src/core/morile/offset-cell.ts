import { InputError } from "..";
import { columnLetters } from "../cells";
import { columnNumber } from "../cells";

/**
 * The A1 name of a cell `rows` down and `columns` across from a range's top-left, keeping the sheet
 * part as given ("Profile!A1" moved 6 down and 2 across is "Profile!C7"). Profile errors name cells this
 * way so the analyst can go straight to the cell at fault.
 *
 * @param topLeft the range's top-left, such as "Profile!A1", "'MoRiLE profile'!$B$3", "A1" or a whole
 *   range such as "Profile!A1:D60" (its first cell is used)
 * @param rows rows down from the top-left (0 for the top row)
 * @param columns columns across from the top-left (0 for the left column)
 * @returns the cell's name, without dollar signs
 * @throws {InputError} when `topLeft` is not an A1 address
 * @example
 * offsetCell("Profile!A1", 6, 2);          // => "Profile!C7"
 * offsetCell("'MoRiLE profile'!Z1", 0, 1); // => "'MoRiLE profile'!AA1"
 */
export function offsetCell(topLeft: string, rows: number, columns: number): string {
  const match = /^(?:(.*)!)?\$?([A-Za-z]{1,3})\$?(\d+)(?::.*)?$/.exec(topLeft.trim());
  if (!match) throw new InputError(`"${topLeft}" is not a cell address such as Profile!A1.`);
  const [, sheet, letters, row] = match;
  return `${sheet === undefined ? "" : sheet + "!"}${columnLetters(columnNumber(letters) + columns)}${Number(row) + rows}`;
}
