import { LONG_MONTH_NAMES } from "../periods";
import { optionRef } from "..";
import {
  KIND_WORDS,
  ROLE_OPTIONS,
  type BuildOptions,
  type ColumnRoles,
  type DataKind,
  type InputReading,
  type LayoutGuess,
  type RoleName,
} from "../detect";
import type { ReadContext } from "./read-context";
import { cellText } from "../cells";
import { profileColumns, type ColumnProfile } from "../detect";
import { periodReader, type PeriodReading } from "../periods";
import { parseMonth } from "../periods";
import { InputError } from "..";

/** How one input will be read: the roles, kind, periods and filters after the analyst's choices, and the reading to report. */
export interface InputPlan {
  roles: ColumnRoles;
  kind: DataKind;
  period: Pick<PeriodReading, "unit" | "yearStart" | "words"> & { read?: (value: unknown) => number };
  context: Pick<ReadContext, "readPeriod" | "filters" | "oneCategory" | "countTitle">;
  reading: InputReading;
}

/**
 * Settles how one input is read, from the detected guess and the analyst's choices (layout, roles by
 * index or by header name, kind, filters): which column plays each role, how the period column reads
 * (months, quarters, calendar or financial years, or year and month columns), what the rows count, and
 * the reasons to show. It refuses what would give a wrong number: a column name that is not in the
 * header, a count column that can never hold counts (row numbers, coordinates, codes, rates), and data
 * of rates, naming the file, the column and the flag to pass.
 *
 * Missing values: blank header cells match only a blank name; blank sample cells are left out of the
 * period reading.
 *
 * @param name the input's name
 * @param sample the input's first rows
 * @param detected the layout guess for them
 * @param options the analyst's choices
 * @returns the plan
 * @throws {InputError} naming the file, column and flag, for an unknown column, a non-count column as count, rates, or an unreadable period column
 * @example
 * planInput("month_count.csv", rows, detectLayout(rows), {}).reading.columns; // => { month: "Month", count: "count" }
 */
export function planInput(name: string, sample: unknown[][], detected: LayoutGuess, options: BuildOptions): InputPlan {
  const header = sample[detected.headerRow] ?? [];
  const body = sample.slice(detected.headerRow + 1, detected.headerRow + 101);
  const titles = header.map((cell) => cellText(cell));
  const layout = options.layout ?? detected.layout;
  const roles: ColumnRoles = { ...detected.roles, ...options.roles };
  const reasons = [...detected.reasons];
  for (const [role, title] of Object.entries(options.columnNames ?? {}) as [RoleName, string][]) {
    const column = columnOf(titles, title, name, optionRef(ROLE_OPTIONS[role]));
    for (const key of ["month", "year", "category", "area", "count", "id"] as const)
      if (roles[key] === column) delete roles[key];
    roles[role] = column;
    if (role === "month" && options.columnNames?.year === undefined) delete roles.year;
    if (role === "area") roles.areaIsLsoa = /lsoa/i.test(title);
    reasons.push(`You chose "${titles[column]}" as the ${role === "month" ? "period" : role} column.`);
  }
  settleValueColumns(name, roles, options, layout, reasons);
  const profiles = profileColumns(header, body);
  if (layout === "long" && roles.count !== undefined && profiles[roles.count]?.notCount) {
    const p = profiles[roles.count];
    const negative =
      p.notCount === "negative numbers"
        ? body.findIndex((row) => /^-\d/.test(cellText(row[roles.count as number])))
        : -1;
    if (negative >= 0) {
      const rowNumber = detected.headerRow + negative + 2;
      throw new InputError(
        `${name}, row ${rowNumber}: the count ${cellText(body[negative][roles.count])} in column "${p.title}" is below zero; a count of records is never negative (it may be a correction or a change), so the rows are neither added up nor counted one by one. Correct the row, or give counts of zero or more.`,
      );
    }
    throw new InputError(
      `${name}: column "${p.title}" holds ${p.notCount}, not counts of records, so it is never added up. Choose a column of whole counts with ${optionRef("countColumn")}, or ${optionRef("layout")} record to count rows.`,
    );
  }
  if (layout === "record" && options.layout === undefined)
    refuseUnreadCount(name, profiles, roles, body, detected.headerRow);
  const kind = options.kind ?? detected.kind;
  if (kind === "rates") {
    const rate = profiles.find((p) => /rates/.test(p.notCount) && p.numbers > 0);
    throw new InputError(
      `${name}: ${rate ? `column "${rate.title}" holds ${rate.notCount}` : "the file holds rates or other measures"}; the tables add counts up, and adding rates would give a wrong number. Give a file of counts, or choose a column of whole counts with ${optionRef("countColumn")} (and ${optionRef("kind")} to say what they count).`,
    );
  }
  if (layout === "long") refuseSpans(name, profiles, roles, body);
  const period = periodOf(layout, roles, detected, titles, body);
  const oneCategory =
    roles.category === undefined && roles.valuesAre !== "category"
      ? layout === "long" && roles.count !== undefined
        ? titles[roles.count] || "All"
        : "All"
      : undefined;
  const filters = (options.filters ?? []).map((f) => ({
    column: columnOf(titles, f.column, name, optionRef("filter")),
    value: f.value.trim().toLowerCase(),
    label: `${f.column}=${f.value}`,
  }));
  if (filters.length > 0)
    reasons.push(`Only rows with ${filters.map((f) => f.label).join(" and ")} are read (${optionRef("filter")}).`);
  if (options.kind && options.kind !== detected.kind) reasons.push(`You chose the kind: ${KIND_WORDS[options.kind]}.`);
  const columns: Partial<Record<RoleName, string>> = {};
  for (const key of ["month", "year", "category", "area", "count", "id"] as const)
    if (roles[key] !== undefined) columns[key] = titles[roles[key] as number] ?? "";
  return {
    roles,
    kind,
    period,
    context: {
      ...(period.read ? { readPeriod: period.read } : {}),
      filters,
      ...(oneCategory ? { oneCategory } : {}),
      ...(roles.count !== undefined ? { countTitle: titles[roles.count] } : {}),
    },
    reading: { name, layout, columns, kind, periods: period.words, reasons },
  };
}

/**
 * Settles a table with one column per name (`valueColumns`): the analyst's count column or layout sets
 * them aside; the analyst's choice says what the names are; a table that does not say is refused with
 * both readings, and a choice that clashes with a column already holding that role is refused too.
 */
function settleValueColumns(
  name: string,
  roles: ColumnRoles,
  options: BuildOptions,
  layout: string,
  reasons: string[],
): void {
  if (!roles.valueColumns) return;
  const columns = roles.valueColumns;
  if (options.columnNames?.count !== undefined || options.roles?.count !== undefined || layout !== "long") {
    delete roles.valueColumns;
    delete roles.valuesAre;
    delete roles.totalColumn;
    return;
  }
  const names = columns.map((c) => `"${c.label}"`).join(", ");
  if (options.columnsHold) {
    const held = options.columnsHold === "category" ? roles.category : roles.area;
    if (held !== undefined && options.columnNames?.[options.columnsHold] === undefined)
      delete roles[options.columnsHold];
    else if (held !== undefined)
      throw new InputError(
        `${name}: the columns ${names} cannot be ${options.columnsHold === "category" ? "categories" : "areas"}: another column was chosen to hold them.`,
      );
    roles.valuesAre = options.columnsHold;
    reasons.push(`You chose: the columns ${names} are ${options.columnsHold === "category" ? "categories" : "areas"}.`);
  }
  if (roles.valuesAre) return;
  throw new InputError(
    `${name}: the columns ${names} each hold counts, one column per name, and nothing in the table says whether the names are categories or areas; the tables would differ, so it is not guessed.`,
    [
      { reading: `the columns are categories (${names})`, option: "columnsHold", value: "category" },
      { reading: `the columns are areas (${names})`, option: "columnsHold", value: "area" },
      { reading: `"${columns[0].label}" is the one column of counts`, option: "countColumn", value: columns[0].label },
    ],
  );
}

/**
 * Refuses to count rows one by one when a column is headed as the count ("Count", "Offences") but was
 * not read as one because some of its values are not whole numbers: counting rows would give a table
 * of 1s for a file of counts. Names the column and its first value that is not a count.
 */
function refuseUnreadCount(
  name: string,
  profiles: ColumnProfile[],
  roles: ColumnRoles,
  body: unknown[][],
  headerRow: number,
): void {
  const used = new Set(Object.values(roles).filter((v): v is number => typeof v === "number"));
  const column = profiles.findIndex(
    (p, c) =>
      !used.has(c) &&
      p.numbers > 0 &&
      p.notCount === "" &&
      /^(count|counts|number|offences|crimes|incidents|total|value|frequency|n|cases)$/.test(p.header),
  );
  if (column < 0) return refuseWeakCount(name, profiles, roles, body, used);
  const title = profiles[column].title;
  const at = body.findIndex(
    (row) => cellText(row[column]) !== "" && !/^\d+$/.test(cellText(row[column]).replace(/,/g, "")),
  );
  const value = at >= 0 ? ` (row ${headerRow + at + 2}: ${JSON.stringify(cellText(body[at][column]))})` : "";
  throw new InputError(
    `${name}: column "${title}" is headed as a count, but not all its values are whole numbers${value}, so it was not read as the count; counting rows one by one instead would give a different table. Correct the values, or say how to read the file.`,
    [
      { reading: `"${title}" is the count`, option: "countColumn", value: title },
      { reading: "each row is one record", option: "layout", value: "record" },
    ],
  );
}

/**
 * Refuses to count rows one by one when a column of whole numbers was passed over as the count only
 * because its values look like 0/1 flags or numbers in sequence, and no two rows share a period,
 * category and area (records would): the column may well be the count, and the two readings give
 * different tables.
 */
function refuseWeakCount(
  name: string,
  profiles: ColumnProfile[],
  roles: ColumnRoles,
  body: unknown[][],
  used: Set<number>,
): void {
  const column = profiles.findIndex(
    (p, c) => !used.has(c) && p.filled > 0 && p.numbers === p.filled && p.notCount === "" && p.unlikelyCount !== "",
  );
  if (column < 0 || roles.month === undefined) return;
  const keys = body.map((row) =>
    [roles.month, roles.category, roles.area].map((c) => (c === undefined ? "" : cellText(row[c]))).join("\u0000"),
  );
  if (new Set(keys).size < keys.length) return;
  const title = profiles[column].title;
  throw new InputError(
    `${name}: column "${title}" holds whole numbers that look like ${profiles[column].unlikelyCount}, and no two rows share a period, category and area, so it may be the count of each row or the rows may be records; the two readings give different tables, so neither is guessed.`,
    [
      { reading: `"${title}" is the count`, option: "countColumn", value: title },
      { reading: "each row is one record", option: "layout", value: "record" },
    ],
  );
}

/**
 * Refuses long rows that cover a span of periods (`total_crimes,date_from,date_to`): a count over
 * 2023-01 to 2025-12 put in its first month would be a wrong number in every table.
 */
function refuseSpans(name: string, profiles: ColumnProfile[], roles: ColumnRoles, body: unknown[][]): void {
  if (roles.month === undefined || roles.year !== undefined) return;
  const first = roles.month;
  const other = profiles.findIndex((p, c) => {
    if (c === first || p.filled === 0 || p.numbers > 0) return false;
    const values = body.map((row) => row[c]);
    return (
      periodReader(values, p.header) !== undefined && values.some((v, r) => cellText(v) !== cellText(body[r][first]))
    );
  });
  if (other < 0) return;
  throw new InputError(
    `${name}: columns "${profiles[first].title}" and "${profiles[other].title}" both hold periods, so each count seems to cover a span of time (from one to the other); a count over a span cannot be placed in months or years without a wrong number. Give counts per period, or choose the one period column with ${optionRef("periodColumn")}.`,
  );
}

/** The column whose header is `title` (trimmed, any case), or an error listing the header. */
function columnOf(titles: string[], title: string, name: string, option: string): number {
  const key = title.trim().toLowerCase();
  const column = titles.findIndex((t) => t.toLowerCase() === key);
  if (column < 0)
    throw new InputError(
      `${name} has no column "${title}" (${option}); its columns are: ${titles.map((t) => `"${t}"`).join(", ")}.`,
    );
  return column;
}

function periodOf(
  layout: string,
  roles: ColumnRoles,
  detected: LayoutGuess,
  titles: string[],
  body: unknown[][],
): InputPlan["period"] {
  if (layout === "wide") {
    if (detected.periodUnit)
      return {
        unit: detected.periodUnit,
        yearStart: detected.yearStart ?? 1,
        words: wideWords(detected.periodUnit, detected.yearStart ?? 1),
      };
    return { unit: "month", yearStart: 1, words: "months" };
  }
  if (roles.year !== undefined)
    return {
      unit: "month",
      yearStart: 1,
      words: `months (years in "${titles[roles.year]}", months in "${titles[roles.month as number]}")`,
    };
  if (roles.month === undefined) return { unit: "month", yearStart: 1, words: "none", read: parseMonth };
  const values = body.map((row) => row[roles.month as number]);
  const reading = periodReader(values, titles[roles.month] ?? "");
  // Not periods of one kind: read as months, so the first value that is not one is named with its row.
  return reading ?? { unit: "month", yearStart: 1, words: "months", read: parseMonth };
}

/** The periods of a wide table's heads in words; years starting in another month are named 12-month periods. */
function wideWords(unit: "month" | "quarter" | "year", yearStart: number): string {
  if (unit === "quarter") return "quarters";
  if (yearStart === 1 || yearStart === 4)
    return yearStart === 4 ? "financial years (April to March)" : "calendar years";
  return `12-month periods (${LONG_MONTH_NAMES[yearStart - 1]} to ${LONG_MONTH_NAMES[(yearStart + 10) % 12]})`;
}
