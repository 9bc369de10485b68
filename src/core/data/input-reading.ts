import { LONG_MONTH_NAMES } from "../periods/month-names";
import { optionRef } from "../remedy";
import { KIND_WORDS, ROLE_OPTIONS, type BuildOptions, type ColumnRoles, type DataKind, type InputReading, type LayoutGuess, type RoleName } from "./ingest-types";
import type { ReadContext } from "./read-context";
import { cellText } from "./cell-text";
import { profileColumns, type ColumnProfile } from "./column-profile";
import { periodReader, type PeriodReading } from "../periods/period-reader";
import { parseMonth } from "../periods/parse-month";
import { InputError } from "../errors";


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
    for (const key of ["month", "year", "category", "area", "count", "id"] as const) if (roles[key] === column) delete roles[key];
    roles[role] = column;
    if (role === "month" && options.columnNames?.year === undefined) delete roles.year;
    if (role === "area") roles.areaIsLsoa = /lsoa/i.test(title);
    reasons.push(`You chose "${titles[column]}" as the ${role === "month" ? "period" : role} column.`);
  }
  const profiles = profileColumns(header, body);
  if (layout === "long" && roles.count !== undefined && profiles[roles.count]?.notCount) {
    const p = profiles[roles.count];
    throw new InputError(`${name}: column "${p.title}" holds ${p.notCount}, not counts of records, so it is never added up. Choose a column of whole counts with ${optionRef("countColumn")}, or ${optionRef("layout")} record to count rows.`);
  }
  const kind = options.kind ?? detected.kind;
  if (kind === "rates") {
    const rate = profiles.find((p) => /rates/.test(p.notCount) && p.numbers > 0);
    throw new InputError(`${name}: ${rate ? `column "${rate.title}" holds ${rate.notCount}` : "the file holds rates or other measures"}; the tables add counts up, and adding rates would give a wrong number. Give a file of counts, or choose a column of whole counts with ${optionRef("countColumn")} (and ${optionRef("kind")} to say what they count).`);
  }
  if (layout === "long") refuseSpans(name, profiles, roles, body);
  const period = periodOf(layout, roles, detected, titles, body);
  const oneCategory = roles.category === undefined ? (layout === "long" && roles.count !== undefined ? titles[roles.count] || "All" : "All") : undefined;
  const filters = (options.filters ?? []).map((f) => ({ column: columnOf(titles, f.column, name, optionRef("filter")), value: f.value.trim().toLowerCase(), label: `${f.column}=${f.value}` }));
  if (filters.length > 0) reasons.push(`Only rows with ${filters.map((f) => f.label).join(" and ")} are read (${optionRef("filter")}).`);
  if (options.kind && options.kind !== detected.kind) reasons.push(`You chose the kind: ${KIND_WORDS[options.kind]}.`);
  const columns: Partial<Record<RoleName, string>> = {};
  for (const key of ["month", "year", "category", "area", "count", "id"] as const) if (roles[key] !== undefined) columns[key] = titles[roles[key] as number] ?? "";
  return {
    roles,
    kind,
    period,
    context: { ...(period.read ? { readPeriod: period.read } : {}), filters, ...(oneCategory ? { oneCategory } : {}), ...(roles.count !== undefined ? { countTitle: titles[roles.count] } : {}) },
    reading: { name, layout, columns, kind, periods: period.words, reasons },
  };
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
    return periodReader(values, p.header) !== undefined && values.some((v, r) => cellText(v) !== cellText(body[r][first]));
  });
  if (other < 0) return;
  throw new InputError(`${name}: columns "${profiles[first].title}" and "${profiles[other].title}" both hold periods, so each count seems to cover a span of time (from one to the other); a count over a span cannot be placed in months or years without a wrong number. Give counts per period, or choose the one period column with ${optionRef("periodColumn")}.`);
}

/** The column whose header is `title` (trimmed, any case), or an error listing the header. */
function columnOf(titles: string[], title: string, name: string, option: string): number {
  const key = title.trim().toLowerCase();
  const column = titles.findIndex((t) => t.toLowerCase() === key);
  if (column < 0) throw new InputError(`${name} has no column "${title}" (${option}); its columns are: ${titles.map((t) => `"${t}"`).join(", ")}.`);
  return column;
}

function periodOf(layout: string, roles: ColumnRoles, detected: LayoutGuess, titles: string[], body: unknown[][]): InputPlan["period"] {
  if (layout === "wide") {
    if (detected.periodUnit) return { unit: detected.periodUnit, yearStart: detected.yearStart ?? 1, words: wideWords(detected.periodUnit, detected.yearStart ?? 1) };
    return { unit: "month", yearStart: 1, words: "months" };
  }
  if (roles.year !== undefined) return { unit: "month", yearStart: 1, words: `months (years in "${titles[roles.year]}", months in "${titles[roles.month as number]}")` };
  if (roles.month === undefined) return { unit: "month", yearStart: 1, words: "none", read: parseMonth };
  const values = body.map((row) => row[roles.month as number]);
  const reading = periodReader(values, titles[roles.month] ?? "");
  // Not periods of one kind: read as months, so the first value that is not one is named with its row.
  return reading ?? { unit: "month", yearStart: 1, words: "months", read: parseMonth };
}

/** The periods of a wide table's heads in words; years starting in another month are named 12-month periods. */
function wideWords(unit: "month" | "quarter" | "year", yearStart: number): string {
  if (unit === "quarter") return "quarters";
  if (yearStart === 1 || yearStart === 4) return yearStart === 4 ? "financial years (April to March)" : "calendar years";
  return `12-month periods (${LONG_MONTH_NAMES[yearStart - 1]} to ${LONG_MONTH_NAMES[(yearStart + 10) % 12]})`;
}
