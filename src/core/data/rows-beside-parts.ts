import { optionRef } from "..";
import type { ColumnRoles } from "../detect";
import { cellText } from "../cells";
import { TOTAL_LABEL } from "../detect";
import { InputError } from "..";

/** An ONS (GSS) area code: a country letter, then eight digits ("E08000009"). */
const GSS_CODE = /^[EWSNK]\d{8}$/;

/**
 * The level of an area by its GSS code's entity ("E08" a metropolitan district). Codes of one level hold
 * no area of another; unitary authorities (E06, E08, E09, W06, S12, N09) sit with both counties and
 * districts. Entities not listed are a level of their own.
 */
const LEVELS: Record<string, string> = {
  E92: "a country",
  W92: "a country",
  S92: "a country",
  N92: "a country",
  K02: "a country",
  K03: "a country",
  K04: "a country",
  E12: "a region",
  E11: "a combined authority",
  E47: "a combined authority",
  E10: "a county",
  E07: "a district",
  E06: "a unitary authority",
  E08: "a unitary authority",
  E09: "a unitary authority",
  W06: "a unitary authority",
  S12: "a unitary authority",
  N09: "a unitary authority",
  E22: "a community safety partnership",
  W22: "a community safety partnership",
  E23: "a police force area",
  W15: "a police force area",
  E05: "a ward",
  W05: "a ward",
  S13: "a ward",
  N08: "a ward",
  E02: "an MSOA",
  W02: "an MSOA",
  E01: "an LSOA",
  W01: "an LSOA",
  S01: "a data zone",
};

/**
 * Refuses a long or wide table whose rows add up things that contain one another, before any is read:
 *
 * - a column of GSS area codes holding areas of different levels (England E92000001 beside Trafford
 *   E08000009), so the larger areas' figures would be added to those of the areas within them;
 * - a column the reading does not use holding a total beside its parts ("All ages" beside "Aged 5 to 9
 *   years", "all-crimes" beside its crimes), so rows the reading adds together count the same people or
 *   crimes twice;
 * - with no category column, a column the reading does not use whose values split rows of one period and
 *   area ("Claimant count" beside "Alternative claimant count"): its rows would be added together whether
 *   they are parts of a whole or one thing measured two ways.
 *
 * Only the rows the reading keeps are looked at: a filter that keeps one level, or one value of the
 * column, settles it. A column of parent codes ("Parent Code") names other areas, not the row's.
 *
 * Missing values: blank cells and blank rows are left out.
 *
 * @param values the matrix, header included
 * @param context the input's name, roles, header row and the columns the analyst filtered on
 * @param kept whether a data row is read (not blank, not filtered out)
 * @returns nothing
 * @throws {InputError} naming the input, the column, the values that contain one another and the way to read one level or part
 * @example
 * checkRowsBesideParts([["Code", "Year", "N"], ["E92000001", "2017", 9], ["E08000009", "2017", 2]], ctx, () => true);
 * // throws: column "Code" holds codes of areas at different levels ...
 */
export function checkRowsBesideParts(
  values: unknown[][],
  context: { name: string; roles: ColumnRoles; headerRow: number; filters?: { column: number }[] },
  kept: (row: unknown[]) => boolean,
): void {
  const header = values[context.headerRow] ?? [];
  const rows = values.slice(context.headerRow + 1).filter(kept);
  const used = usedColumns(context.roles);
  const filtered = new Set((context.filters ?? []).map((f) => f.column));
  for (let c = 0; c < header.length; c++) {
    const title = cellText(header[c]);
    const distinct = [...new Set(rows.map((row) => cellText(row[c])).filter((v) => v !== ""))];
    if (distinct.length < 2 || filtered.has(c)) continue;
    if (!/parent/i.test(title) && distinct.every((v) => GSS_CODE.test(v))) {
      const byLevel = levels(distinct);
      if (byLevel.size > 1) {
        const listed = [...byLevel].map(([level, code]) => `${code} ${level}`).join(", ");
        throw new InputError(
          `${context.name}: column "${title}" holds codes of areas at different levels (${listed}), so the larger areas' figures would be added to those of the areas within them. Read one level with ${optionRef("filter")} (on a column of area types or names), or remove the larger areas' rows.`,
        );
      }
    }
    if (used.has(c)) continue;
    const total = distinct.find((v) => TOTAL_LABEL.test(v));
    if (total !== undefined) {
      const parts = distinct.filter((v) => v !== total);
      const shown = parts.slice(0, 2).map((p) => `"${p}"`);
      throw new InputError(
        `${context.name}: column "${title}" holds a total ("${total}") beside its parts (${shown.join(", ")}${parts.length > 2 ? " and more" : ""}), and the reading adds its rows together, so each would be counted twice. Read one of its values with ${optionRef("filter")} (such as "${title}=${total}"), or choose it as the category with ${optionRef("categoryColumn")}.`,
      );
    }
    const split = context.roles.category === undefined ? splitRows(rows, context.roles, c) : undefined;
    if (split)
      throw new InputError(
        `${context.name}: column "${title}" splits rows of the same period and area ("${split[0]}", "${split[1]}"), and no column was taken as the category, so its rows would be added together whether they are parts of a whole or one thing measured two ways. Choose it as the category with ${optionRef("categoryColumn")}, or read one of its values with ${optionRef("filter")} (such as "${title}=${split[0]}").`,
      );
  }
}

/** Two values of column `c` in rows of one period and area (long rows with a count), or undefined. */
function splitRows(rows: unknown[][], roles: ColumnRoles, c: number): [string, string] | undefined {
  if (roles.count === undefined || roles.month === undefined) return undefined;
  const seen = new Map<string, string>();
  for (const row of rows) {
    const value = cellText(row[c]);
    if (value === "" || GSS_CODE.test(value)) continue;
    const key = [roles.month, roles.year, roles.area]
      .map((k) => (k === undefined ? "" : cellText(row[k])))
      .join("\u0000");
    const first = seen.get(key);
    if (first === undefined) seen.set(key, value);
    else if (first !== value) return [first, value];
  }
  return undefined;
}

/** The columns the reading takes a role from. */
function usedColumns(roles: ColumnRoles): Set<number> {
  const single = [roles.month, roles.year, roles.category, roles.area, roles.count, roles.id, roles.areaCode];
  const many = [...(roles.monthColumns ?? []), ...(roles.valueColumns ?? [])].map((m) => m.column);
  return new Set([...single, roles.totalColumn, ...many].filter((c): c is number => c !== undefined));
}

/** The levels of the codes, each with the first code met of it; unitary authorities join counties or districts. */
function levels(codes: string[]): Map<string, string> {
  const byLevel = new Map<string, string>();
  for (const code of codes) {
    const level = LEVELS[code.slice(0, 3)] ?? `an area of type ${code.slice(0, 3)}`;
    if (!byLevel.has(level)) byLevel.set(level, code);
  }
  const unitary = "a unitary authority";
  if (byLevel.has(unitary) && (byLevel.has("a county") || byLevel.has("a district"))) byLevel.delete(unitary);
  return byLevel;
}
