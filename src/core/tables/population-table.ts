import { InputError } from "../errors";
import { cellText } from "../data/cell-text";
import { findColumn } from "./find-column";

/** Population by area, one or more population columns (such as the census's POP11 and POP21). */
export interface PopulationTable {
  /** The population columns' headers, in table order. */
  columns: string[];
  /** One entry per area; `values[i]` belongs to `columns[i]`, null where the cell was blank. */
  areas: { name: string; code: string; values: (number | null)[] }[];
}

const TABLE = "The population table";

/**
 * Reads a population table (header row first): an area name column ("NAME", "Area", "District"), an
 * optional code column ("LAD", "Code"), and population columns - those headed "POP..." (but not
 * "POP_RANK..."), "Population..." or a year such as "2017". The census file in shared/data
 * (LAD, NAME, COUNTY, REGION, POP11, POP21, ...) is one such table. The rate recipe divides by these.
 *
 * Missing values: a blank population cell is null (that area's rate is N/A); wholly blank rows are
 * skipped. Numbers may be written with thousands separators ("166,400").
 *
 * @param matrix the table's cells, header row first
 * @returns the populations
 * @throws {InputError} naming the row, column and value when a population is not a number or is
 *   negative, an area name is blank or repeated, or there is no population column
 * @example
 * parsePopulationTable([["NAME", "POP21"], ["Maidstone", 175500]]);
 * // => { columns: ["POP21"], areas: [{ name: "Maidstone", code: "", values: [175500] }] }
 */
export function parsePopulationTable(matrix: readonly (readonly unknown[])[]): PopulationTable {
  if (matrix.length < 2) throw new InputError(`${TABLE} needs a header row and one row per area.`);
  const header = matrix[0].map(cellText);
  const nameCol = findColumn(header, ["NAME", "Area", "District", "Local authority", "Area name"], TABLE);
  const codeCol = findColumn(header, ["LAD", "Code", "Area code", "LAD code"], TABLE, false);
  const popCols = header.map((h, i) => (isPopulationHeader(h) ? i : -1)).filter((i) => i >= 0 && i !== nameCol);
  if (popCols.length === 0) {
    throw new InputError(`${TABLE} has no population column: head one "Population", "POP21" or a year such as "2017".`);
  }
  const areas: PopulationTable["areas"] = [];
  const seen = new Map<string, number>();
  for (let r = 1; r < matrix.length; r++) {
    const row = matrix[r];
    if (row.every((v) => cellText(v) === "")) continue;
    const name = cellText(row[nameCol]);
    if (name === "") throw new InputError(`${TABLE}, row ${r + 1}: the area name (column "${header[nameCol]}") is blank.`);
    const key = name.toLowerCase();
    if (seen.has(key)) throw new InputError(`${TABLE}, row ${r + 1}: "${name}" is already on row ${seen.get(key)}.`);
    seen.set(key, r + 1);
    const values = popCols.map((c) => population(row[c], r + 1, header[c]));
    areas.push({ name, code: codeCol < 0 ? "" : cellText(row[codeCol]), values });
  }
  return { columns: popCols.map((c) => header[c]), areas };
}

function isPopulationHeader(header: string): boolean {
  const h = header.toLowerCase();
  if (h.startsWith("pop_rank") || h.includes("rank")) return false;
  return /^pop/.test(h) || h.includes("population") || /^(19|20)\d\d\b/.test(h);
}

function population(value: unknown, row: number, column: string): number | null {
  if (value === "" || value === null || value === undefined) return null;
  const n = typeof value === "number" ? value : Number(String(value).replace(/,/g, "").trim());
  if (typeof value === "boolean" || !Number.isFinite(n) || n < 0 || String(value).trim() === "") {
    throw new InputError(`${TABLE}, row ${row}, column "${column}": "${String(value)}" is not a population (expected a number of people, 0 or more).`);
  }
  return n;
}
