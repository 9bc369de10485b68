import { optionRef } from "..";
import { UNMATCHED_LSOAS } from "../areas";
import { namesListed } from "../change";
import type { CountCube } from "./count-cube";
import { cubeSum } from "./cube-sum";
import type { DivisionMap } from "./division-table";
import { nameIndices } from "./name-indices";
import { nameKey } from "./name-key";
import type { RowKind } from "./table-model";
import type { TableNotes } from "./table-notes";

/** One row of a by-area table before its numbers: label, kind and the area indices it adds up. */
export interface AreaLine {
  label: string;
  kind: RowKind;
  areas: number[];
  /** True for one of the force's own districts (ranked in rate and period tables); false for
   * subtotals, the total, "Unknown area" and "Other areas". */
  own: boolean;
}

/** Areas holding less than this share of the busiest area's records belong to other forces. */
const HOME_SHARE = 0.01;
const UNKNOWN = "unknown area";

/**
 * The rows of a by-area table (seed 3.1, 2.5, 4.1), in order: with a divisions table, each division's
 * districts then its subtotal ("North Division"); without one, the force's own areas alphabetically.
 * Then "Unknown area" (records without a location) and "Other areas" (a handful of records in other
 * forces' districts, such as Kent crimes placed in Bexley) when present, so that the rows add up to the
 * total, which comes last.
 *
 * Which areas are the force's own: with a divisions table, its districts; without, the areas
 * `placeAreas` marked as the force's own (from ONS's lookup and the file's "Falls within", or the
 * analyst's --areas). Only when nothing marked them (areas the lookup does not know, no "Falls
 * within") is it guessed: every area holding at least 1% as many records as the busiest area, with a
 * note saying so. The other areas are named in a note.
 *
 * Missing values: a district of the divisions table without records in the data shows 0, with a note
 * (usually a spelling or rename difference).
 *
 * @param cube the count cube
 * @param divisions the divisions table, or null
 * @param totalLabel the total row's label, such as "Force"
 * @param notes the table's notes
 * @returns the lines, the last one the total
 * @example
 * areaLines(cube, null, "Force", notes).map((l) => l.label); // => ["Ashford", ..., "Unknown area", "Force"]
 */
export function areaLines(
  cube: CountCube,
  divisions: DivisionMap | null,
  totalLabel: string,
  notes: TableNotes,
): AreaLine[] {
  const unknown = cube.areas.findIndex((a) => nameKey(a) === UNKNOWN);
  const lines: AreaLine[] = [];
  const shown = new Set<number>();
  if (divisions) {
    for (const division of divisions.divisions) {
      const members: number[] = [];
      for (const district of division.districts) {
        const at = nameIndices(cube.areas, [district]);
        if (at.length === 0) notes.add(`${district} has no records in the data, so it shows 0.`);
        lines.push({ label: at.length ? cube.areas[at[0]] : district, kind: "data", areas: at, own: true });
        members.push(...at);
        at.forEach((a) => shown.add(a));
      }
      lines.push({ label: divisionLabel(division.name), kind: "subtotal", areas: members, own: false });
    }
  } else {
    for (const a of ownAreas(cube, unknown, notes)) {
      lines.push({ label: cube.areas[a], kind: "data", areas: [a], own: true });
      shown.add(a);
    }
  }
  lines.push(...leftOverLines(cube, shown, unknown, notes));
  lines.push({ label: totalLabel, kind: "total", areas: cube.areas.map((_, i) => i), own: false });
  return lines;
}

function divisionLabel(name: string): string {
  return /\bdivision\b/i.test(name) ? name : `${name} Division`;
}

function ownAreas(cube: CountCube, unknown: number, notes: TableNotes): number[] {
  const marked = cube.ownAreas;
  if (!marked) {
    notes.add(
      `The force's own areas were guessed (areas holding at least 1% of the busiest area's records): choose them with ${optionRef("areas")}.`,
    );
    return homeAreas(cube, unknown);
  }
  const own = cube.areas.map((_, a) => a).filter((a) => a !== unknown && marked[a] === true);
  return own.sort((a, b) => cube.areas[a].localeCompare(cube.areas[b]));
}

function homeAreas(cube: CountCube, unknown: number): number[] {
  const totals = cube.areas.map((_, a) =>
    a === unknown ? 0 : cubeSum(cube, { areas: [a], months: [cube.firstMonth, cube.lastMonth] }),
  );
  const busiest = Math.max(0, ...totals);
  const home = totals.map((t, a) => (t > 0 && t >= busiest * HOME_SHARE ? a : -1)).filter((a) => a >= 0);
  return home.sort((a, b) => cube.areas[a].localeCompare(cube.areas[b]));
}

function leftOverLines(cube: CountCube, shown: Set<number>, unknown: number, notes: TableNotes): AreaLine[] {
  const lines: AreaLine[] = [];
  if (unknown >= 0 && !shown.has(unknown)) {
    lines.push({ label: cube.areas[unknown], kind: "data", areas: [unknown], own: false });
    notes.add(`${cube.areas[unknown]}: records without a location (no LSOA), counted in the total.`);
  }
  const unmatched = cube.areas.indexOf(UNMATCHED_LSOAS);
  if (unmatched >= 0 && !shown.has(unmatched)) {
    lines.push({ label: UNMATCHED_LSOAS, kind: "data", areas: [unmatched], own: false });
    notes.add(`${UNMATCHED_LSOAS}: records whose LSOA code the ONS ward lookup does not hold, counted in the total.`);
  }
  const others = cube.areas.map((_, a) => a).filter((a) => a !== unknown && a !== unmatched && !shown.has(a));
  if (others.length > 0) {
    lines.push({ label: "Other areas", kind: "data", areas: others, own: false });
    const names = others.map((a) => cube.areas[a]).sort();
    notes.add(
      `Other areas: records placed in districts outside the force's own (${namesListed(names, 12)}), counted in the total.`,
    );
  }
  return lines;
}
