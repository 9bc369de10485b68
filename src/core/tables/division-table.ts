import { InputError } from "..";
import { cellText } from "../cells";
import { findColumn } from "./find-column";
import { nameKey } from "./name-key";

/** Districts grouped into divisions, in the order the table gives them (seed 3.1: North, West, East). */
export interface DivisionMap {
  divisions: { name: string; districts: string[] }[];
}

const TABLE = "The divisions table";

/**
 * Reads a district-to-division mapping supplied as a table (header row first) with columns "District"
 * (or "Area") and "Division", one row per district. The area-comparison and rate recipes use it for
 * division subtotals; divisions and their districts keep the table's order.
 *
 * Missing values: wholly blank rows are skipped; a blank district or division on a non-blank row is an
 * error.
 *
 * @param matrix the table's cells, header row first
 * @returns the divisions with their districts
 * @throws {InputError} naming the row when a district or division is blank or a district is listed twice,
 *   and when the table has no district rows
 * @example
 * parseDivisionTable([["District", "Division"], ["Dartford", "North"], ["Maidstone", "West"]]);
 * // => { divisions: [{ name: "North", districts: ["Dartford"] }, { name: "West", districts: ["Maidstone"] }] }
 */
export function parseDivisionTable(matrix: readonly (readonly unknown[])[]): DivisionMap {
  if (matrix.length < 2) throw new InputError(`${TABLE} needs a header row and one row per district.`);
  const districtCol = findColumn(matrix[0], ["District", "Area", "Local authority", "Name"], TABLE);
  const divisionCol = findColumn(matrix[0], ["Division", "Area group"], TABLE);
  const divisions = new Map<string, { name: string; districts: string[] }>();
  const seen = new Map<string, number>();
  for (let r = 1; r < matrix.length; r++) {
    const district = cellText(matrix[r][districtCol]);
    const division = cellText(matrix[r][divisionCol]);
    if (district === "" && division === "") continue;
    if (district === "")
      throw new InputError(`${TABLE}, row ${r + 1}: the district is blank (division "${division}").`);
    if (division === "") throw new InputError(`${TABLE}, row ${r + 1}: "${district}" has no division.`);
    const before = seen.get(nameKey(district));
    if (before !== undefined)
      throw new InputError(`${TABLE}, row ${r + 1}: "${district}" is already listed on row ${before}.`);
    seen.set(nameKey(district), r + 1);
    const key = nameKey(division);
    if (!divisions.has(key)) divisions.set(key, { name: division, districts: [] });
    divisions.get(key)?.districts.push(district);
  }
  if (divisions.size === 0) throw new InputError(`${TABLE} has a header row but no districts.`);
  return { divisions: [...divisions.values()] };
}
