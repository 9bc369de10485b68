import { optionRef } from "..";
import { InputError } from "..";
import { decimalNumber } from "../data";
import { cellText } from "../cells";
import { nameKey } from "./name-key";
import { populationLayout, type PopulationLayout } from "./population-layout";

/** Population by area, one or more population columns (such as the census's POP11 and POP21). */
export interface PopulationTable {
  /** The population columns' headers, in table order. */
  columns: string[];
  /** One entry per area; `values[i]` belongs to `columns[i]`, null where the cell was blank. */
  areas: { name: string; code: string; values: (number | null)[] }[];
  /** What was understood, in plain sentences (the columns, the rows used), for the analyst to check. */
  notes?: string[];
}

/** Options of `parsePopulationTable`. */
export interface PopulationOptions {
  /** The one column to use (`--population-column`): any numeric column of the table, such as "all_ages" or "aged_16_to_64". */
  column?: string | null;
  /** The area column, by header, when the table's own header does not say (the populationAreaColumn option): names or ONS codes. */
  areaColumn?: string | null;
}

const TABLE = "The population table";
const SEXES: Record<string, "persons" | "female" | "male"> = {
  persons: "persons",
  "all persons": "persons",
  all: "persons",
  total: "persons",
  people: "persons",
  "0": "persons",
  female: "female",
  females: "female",
  "2": "female",
  f: "female",
  male: "male",
  males: "male",
  "1": "male",
  m: "male",
};

/**
 * Reads a population table in the shapes ONS publishes it (issue 11, item 7): the census file (LAD,
 * NAME, POP11, POP21), mid-year estimates with an all-ages column or single years of age as columns
 * (added up), with Persons, Female and Male rows (the Persons rows are used: sexes are never added to
 * them; only a table with no Persons rows has its Female and Male rows added), ages as rows (a
 * table's rows of one area added up), title rows above the header (the header is the first row naming
 * an area column and a population), and plain tables ("Area", "Population", a year such as "2017").
 * Areas are matched to the data by ONS code first, then by name.
 *
 * Missing values: a blank population cell is null (that area's rate is N/A); a blank single-age cell
 * makes the area's sum null; wholly blank rows are skipped. Numbers may have thousands separators.
 *
 * @param matrix the table's cells
 * @param options the column to use (default: the all-ages column, else every year or population column)
 * @returns the populations, with notes on what was understood
 * @throws {InputError} naming the row, column and value when a population is not a number of people,
 *   an area is blank or repeated, a sex is unreadable, or there is no population column (listing the
 *   header, and the column to pass)
 * @example
 * parsePopulationTable([["NAME", "POP21"], ["Maidstone", 175500]]);
 * // => { columns: ["POP21"], areas: [{ name: "Maidstone", code: "", values: [175500] }], notes: [...] }
 */
export function parsePopulationTable(
  matrix: readonly (readonly unknown[])[],
  options: PopulationOptions = {},
): PopulationTable {
  if (matrix.length < 2) throw new InputError(`${TABLE} needs a header row and one row per area.`);
  const headerRow = findHeaderRow(matrix);
  const header = matrix[headerRow].map(cellText);
  const layout = chosenArea(
    chosenColumns(populationLayout(header), header, options.column),
    matrix,
    headerRow,
    header,
    options.areaColumn,
  );
  if (layout.name < 0 && layout.code < 0)
    throw new InputError(
      `${TABLE} needs an area name column ("NAME", "Area", "area_name") or code column ("Code", "LAD"); its header is ${header.join(", ")}.`,
    );
  const summed = layout.populations.length === 0;
  const columns = summed
    ? [`All ages (${header[layout.ages[0]]} to ${header[layout.ages[layout.ages.length - 1]]} added up)`]
    : layout.populations.map((c) => header[c]);
  const rows = readRows(matrix, headerRow, header, layout);
  const { areas, notes } = combined(rows, layout, header);
  notes.unshift(
    `Population: ${summed ? `single years of age added up (${header[layout.ages[0]]} to ${header[layout.ages[layout.ages.length - 1]]})` : `column${columns.length > 1 ? "s" : ""} ${columns.join(", ")}`}, ${areas.length} areas${layout.code >= 0 ? ", matched by code, then by name" : ", matched by name"}.`,
  );
  return { columns, areas, notes };
}

function findHeaderRow(matrix: readonly (readonly unknown[])[]): number {
  for (let r = 0; r < Math.min(matrix.length - 1, 20); r++) {
    const l = populationLayout(matrix[r]);
    if ((l.name >= 0 || l.code >= 0) && (l.populations.length > 0 || l.ages.length > 0)) return r;
  }
  return 0;
}

function chosenColumns(
  layout: PopulationLayout,
  header: string[],
  column: string | null | undefined,
): PopulationLayout {
  if (column) {
    const at = header.findIndex((h) => nameKey(h.replace(/_/g, " ")) === nameKey(column.replace(/_/g, " ")));
    if (at < 0)
      throw new InputError(
        `${TABLE} has no column "${column}"; its columns are ${header.filter((h) => h !== "").join(", ")}.`,
      );
    return { ...layout, populations: [at] };
  }
  if (layout.populations.length === 0 && layout.ages.length === 0) {
    throw new InputError(
      `${TABLE} has no population column: head one "Population", "All ages", "POP21" or a year such as "2017", or name it with ${optionRef("populationColumn")}; its header is ${header.join(", ")}.`,
    );
  }
  return layout;
}

/** The layout with the analyst's area column: its codes (a capital and eight digits) as the code, else its names. */
function chosenArea(
  layout: PopulationLayout,
  matrix: readonly (readonly unknown[])[],
  headerRow: number,
  header: string[],
  column: string | null | undefined,
): PopulationLayout {
  if (!column) return layout;
  const at = header.findIndex((h) => nameKey(h.replace(/_/g, " ")) === nameKey(column.replace(/_/g, " ")));
  if (at < 0)
    throw new InputError(
      `${TABLE} has no column "${column}"; its columns are ${header.filter((h) => h !== "").join(", ")}.`,
    );
  const values = matrix
    .slice(headerRow + 1)
    .map((row) => cellText(row[at]))
    .filter((v) => v !== "");
  const codes = values.length > 0 && values.every((v) => /^[A-Z]\d{8}$/.test(v));
  return codes
    ? { ...layout, code: at, name: layout.name === at ? -1 : layout.name }
    : { ...layout, name: at, code: layout.code === at ? -1 : layout.code };
}

interface PopulationRow {
  row: number;
  name: string;
  code: string;
  sex: "persons" | "female" | "male";
  values: (number | null)[];
}

function readRows(
  matrix: readonly (readonly unknown[])[],
  headerRow: number,
  header: string[],
  layout: PopulationLayout,
): PopulationRow[] {
  const rows: PopulationRow[] = [];
  for (let r = headerRow + 1; r < matrix.length; r++) {
    const row = matrix[r];
    if (row.every((v) => cellText(v) === "")) continue;
    const name = layout.name >= 0 ? cellText(row[layout.name]) : "";
    const code = layout.code >= 0 ? cellText(row[layout.code]) : "";
    if (name === "" && code === "")
      throw new InputError(
        `${TABLE}, row ${r + 1}: the area (column "${header[Math.max(layout.name, layout.code)]}") is blank.`,
      );
    const sexText = layout.sex >= 0 ? cellText(row[layout.sex]).toLowerCase() : "persons";
    const sex = SEXES[sexText];
    if (!sex)
      throw new InputError(
        `${TABLE}, row ${r + 1}, column "${header[layout.sex]}": "${sexText}" is not Persons, Female or Male.`,
      );
    const values =
      layout.populations.length > 0
        ? layout.populations.map((c) => population(row[c], r + 1, header[c]))
        : [sumOrNull(layout.ages.map((c) => population(row[c], r + 1, header[c])))];
    rows.push({ row: r + 1, name: name || code, code, sex, values });
  }
  return rows;
}

function combined(
  rows: PopulationRow[],
  layout: PopulationLayout,
  header: string[],
): { areas: PopulationTable["areas"]; notes: string[] } {
  const notes: string[] = [];
  let used = rows;
  if (layout.sex >= 0) {
    const persons = rows.filter((r) => r.sex === "persons");
    if (persons.length > 0) {
      used = persons;
      if (persons.length < rows.length)
        notes.push(
          `Persons rows used; the ${rows.length - persons.length} Female and Male rows are left out, not added to them.`,
        );
    } else notes.push(`No Persons rows: each area's Female and Male rows are added up.`);
  }
  // Ages as rows are added up per area; so are Female and Male rows when a table has no Persons rows.
  const sexesAdded = layout.sex >= 0 && rows.every((r) => r.sex !== "persons");
  const addUp = layout.age >= 0 || sexesAdded;
  const byKey = new Map<string, { entry: PopulationTable["areas"][number]; row: number }>();
  const areas: PopulationTable["areas"] = [];
  for (const r of used) {
    const key = r.code !== "" ? `code:${r.code.toUpperCase()}` : `name:${r.name.toLowerCase()}`;
    const seen = byKey.get(key);
    if (!seen) {
      const entry = { name: r.name, code: r.code, values: r.values.slice() };
      byKey.set(key, { entry, row: r.row });
      areas.push(entry);
    } else if (addUp) {
      seen.entry.values = seen.entry.values.map((v, i) =>
        v === null || r.values[i] === null ? null : v + (r.values[i] as number),
      );
    } else {
      throw new InputError(`${TABLE}, row ${r.row}: "${r.name}" is already on row ${seen.row}.`);
    }
  }
  if (layout.age >= 0) notes.push(`Ages are rows (column "${header[layout.age]}"): each area's rows are added up.`);
  return { areas, notes };
}

function sumOrNull(values: (number | null)[]): number | null {
  let sum = 0;
  for (const v of values) {
    if (v === null) return null;
    sum += v;
  }
  return sum;
}

function population(value: unknown, row: number, column: string): number | null {
  if (value === "" || value === null || value === undefined) return null;
  // Decimal only: "0x10" is not 16 people, and a population past 2^53 is not added exactly.
  const n =
    typeof value === "boolean" ? NaN : (decimalNumber(typeof value === "number" ? value : String(value)) ?? NaN);
  if (typeof value === "boolean" || !Number.isFinite(n) || n < 0 || String(value).trim() === "") {
    throw new InputError(
      `${TABLE}, row ${row}, column "${column}": "${String(value)}" is not a population (expected a number of people, 0 or more).`,
    );
  }
  return n;
}
