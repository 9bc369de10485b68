import type { ColumnRoles } from "./ingest-types";
import type { ColumnProfile } from "./column-profile";
import { headerNamesRole } from "./propose-roles";
import { POLICE_UK_TYPES } from "./detect-kind";

/**
 * Headers that mark a total: a column or row so headed holds the sum of the others. Words may be joined by
 * spaces, hyphens or underscores, as publishers' slugs are ("all-crimes"); ONS and OHID tables total their
 * breakdowns by sex and age as "All persons", "Persons", "All people" and "All ages".
 */
export const TOTAL_LABEL =
  /^(grand[ _-]total|total|totals|all|all[ _-]crimes?|all[ _-]offences|all[ _-]recorded[ _-]crime|all[ _-]areas|(all[ _-])?persons|all[ _-]people|all[ _-]ages)$/i;

/** Which columns of a table with a period column hold one count per category or per area, and how sure that is. */
export interface ValueColumns {
  columns: { column: number; label: string }[];
  /** Which role the column names play, or undefined when the table does not say (both readings fit). */
  valuesAre?: "category" | "area";
  /** A column headed "Total" beside them. */
  totalColumn?: number;
  /** Why, in plain words. */
  evidence: string;
}

/**
 * Finds a table that holds one column per category or per area beside its period column (`Month,
 * Burglary, Robbery, Total`, the commonest hand-made analyst sheet; or `Month, Crime type, Maidstone,
 * Swale`): two or more whole-number columns that no role has taken, none headed by a word naming a
 * count. Each column's header is then a name and each cell that name's count in the row's period. The
 * role of the names is settled by what the other columns hold: beside a category column they are
 * areas, beside an area column categories; police.uk crime types are categories. Otherwise both readings
 * fit and `valuesAre` is left undefined, for the reader to refuse naming both. A column headed "Total"
 * is the row's total, kept to be checked, never a name. Row numbers, codes, rates and populations
 * (`profileColumns`' never-counts) are never among them, nor columns headed by a bare number (ages, years).
 * Rows that repeat a period, category and area (`Persons`, `Females`, `Males` rows of a population
 * table) hold a dimension no role reads, so such a table is not read this way.
 *
 * Missing values: blank cells are no count; a column with no filled sample cell is left out.
 *
 * @param profiles the column profiles
 * @param roles the roles proposed so far (`proposeRoles`)
 * @param sample the data rows profiled
 * @returns the value columns, or undefined when the table does not hold them
 * @throws never
 * @example
 * valueColumns(profileColumns(["Month", "Burglary", "Robbery"], rows), { month: 0, count: 1 })?.valuesAre; // => "category"
 */
export function valueColumns(
  profiles: ColumnProfile[],
  roles: ColumnRoles,
  sample: unknown[][] = [],
): ValueColumns | undefined {
  if (roles.month === undefined || repeatsKeys(sample, roles)) return undefined;
  const count = roles.count;
  const countNamed =
    count !== undefined &&
    headerNamesRole("count", profiles[count].header) &&
    !TOTAL_LABEL.test(profiles[count].title.trim());
  if (countNamed) return undefined;
  const used = new Set(
    [roles.month, roles.year, roles.category, roles.area, roles.id].filter((c): c is number => c !== undefined),
  );
  const numeric = profiles
    .map((p, c) => ({ p, c }))
    .filter(
      ({ p, c }) =>
        !used.has(c) &&
        p.filled > 0 &&
        p.numbers === p.filled &&
        p.title.trim() !== "" &&
        !/^\d+$/.test(p.title.trim()) &&
        (p.notCount === "" || p.notCount === "negative numbers") &&
        // Numbers in sequence are row numbers only where tools put them, first; elsewhere, under a
        // category's or an area's name, they are its counts (1, 2, ..., 12 burglaries a month).
        !(p.unlikelyCount === "row numbers" && c === 0),
    );
  const total = numeric.find(({ p }) => TOTAL_LABEL.test(p.title.trim()));
  const columns = numeric.filter((n) => n !== total).map(({ p, c }) => ({ column: c, label: p.title.trim() }));
  if (columns.length < (total ? 1 : 2)) return undefined;
  const names = columns.map((c) => `"${c.label}"`).join(", ");
  const crimeTypes = columns.filter((c) => POLICE_UK_TYPES.has(c.label.toLowerCase())).length;
  const base = { columns, ...(total ? { totalColumn: total.c } : {}) };
  if (roles.category !== undefined && roles.area === undefined) {
    return {
      ...base,
      valuesAre: "area",
      evidence: `${columns.length} columns (${names}) hold counts, one column per area: "${profiles[roles.category].title}" holds the categories.`,
    };
  }
  if (roles.area !== undefined && roles.category === undefined) {
    return {
      ...base,
      valuesAre: "category",
      evidence: `${columns.length} columns (${names}) hold counts, one column per category: "${profiles[roles.area].title}" holds the areas.`,
    };
  }
  if (roles.area === undefined && crimeTypes * 2 >= columns.length) {
    return {
      ...base,
      valuesAre: "category",
      evidence: `${columns.length} columns (${names}) hold counts, one column per category: ${crimeTypes} of them are police.uk crime types.`,
    };
  }
  return { ...base, evidence: `${columns.length} columns (${names}) hold counts, one column per name.` };
}

/** True when two sample rows share the period, category and area: another column tells them apart. */
function repeatsKeys(sample: unknown[][], roles: ColumnRoles): boolean {
  const seen = new Set<string>();
  const key = (row: unknown[]): string =>
    [roles.year, roles.month, roles.category, roles.area]
      .map((c) => (c === undefined ? "" : String(row[c] ?? "").trim()))
      .join("\u0000");
  for (const row of sample) {
    if (row.every((cell) => String(cell ?? "").trim() === "")) continue;
    const k = key(row);
    if (seen.has(k)) return true;
    seen.add(k);
  }
  return false;
}
