import { namesListed } from "../change";
import type { PopulationTable } from "./population-table";

/** The area a lower-level area lies in, by ONS code: a ward's district, an LSOA's ward. */
export interface ParentArea {
  code: string;
  name: string;
}

/**
 * A lower-level population table (wards, LSOAs) added up into the areas holding them, by a code
 * lookup (ONS's LSOA -> ward -> district best fit): ward populations become district populations,
 * LSOA populations ward or district populations. Used only when most of the table's codes are in the
 * lookup; the table is returned as it is otherwise.
 *
 * Missing values: a null population makes its parent's null (N/A, never a short sum); rows whose code
 * the lookup lacks are left out and named in a note.
 *
 * @param table the lower-level populations (with codes)
 * @param parents child code -> the area holding it
 * @param what the lower level in words ("wards"), for the note
 * @returns the populations of the parent areas, with a note, or `table` unchanged
 * @throws never
 * @example
 * addUpPopulation(traffordWards, wardToDistrict, "wards").areas; // => [{ name: "Trafford", code: "E08000009", values: [241025] }]
 */
export function addUpPopulation(
  table: PopulationTable,
  parents: ReadonlyMap<string, ParentArea>,
  what: string,
): PopulationTable {
  const found = table.areas.filter((a) => parents.has(a.code.toUpperCase()));
  if (found.length === 0 || found.length < table.areas.length / 2) return table;
  const byCode = new Map<string, PopulationTable["areas"][number]>();
  for (const area of found) {
    const parent = parents.get(area.code.toUpperCase()) as ParentArea;
    const sum = byCode.get(parent.code);
    if (!sum) byCode.set(parent.code, { name: parent.name, code: parent.code, values: area.values.slice() });
    else
      sum.values = sum.values.map((v, i) =>
        v === null || area.values[i] === null ? null : v + (area.values[i] as number),
      );
  }
  const missing = table.areas.filter((a) => !parents.has(a.code.toUpperCase())).map((a) => a.name);
  const notes = [...(table.notes ?? [])];
  notes.push(
    `${found.length} ${what} added up into ${byCode.size} area${byCode.size === 1 ? "" : "s"} by ONS's lookup${missing.length ? `; not in the lookup, so left out: ${namesListed(missing, 8)}` : ""}.`,
  );
  return { columns: table.columns, areas: [...byCode.values()], notes };
}
