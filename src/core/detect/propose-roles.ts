import type { ColumnRoles } from "./ingest-types";
import { monthOfName } from "../periods";
import { profileColumns, type ColumnProfile } from "./column-profile";
import { periodReader } from "../periods";

/** Header words that name each role, most telling first. Matched against the header read by `profileColumns`. */
const ROLE_WORDS: Record<"month" | "category" | "area" | "count" | "id", RegExp> = {
  month: /\b(month|date|period|year|quarter|fy|financial year|datetime|timestamp|time)\b/,
  category:
    /\b(crime type|category|offence|offense|classification|crime group|type|description|crime|outcome|object of search)\b/,
  area: /\b(lsoa name|district|area|ward|borough|local authority|csp|division|neighbourhood|beat|lad|lsoa)\b/,
  count:
    /\b(count|counts|number|crimes|offences|incidents|searches|outcomes|total|value|volume|frequency|n|freq|cases)\b/,
  id: /\b(crime id|id|reference|ref|urn|crime number|crime no|occurrence)\b/,
};
const YEAR_WORDS = /\b(year|yr|calendar year)\b/;
const MONTH_ONLY = /^(month|month name|mon|month of year)$/;
/** A month of the year on its own: a name ("Apr", "April") or a number from 1 to 12. */
const isMonthOfYear = (text: string): boolean => /^(0?[1-9]|1[0-2])$/.test(text) || monthOfName(text) !== undefined;

/** Roles that hold names, so a "code" column (LSOA code, offence code) is not one of them. */
const NAMES_ONLY = new Set(["category", "area"]);

/**
 * Proposes which column holds the period, category, area, count and identifier of a record-level or
 * long table, from the header words first and the values second.
 *
 * A header that names a role wins ("Crime type" is the category) when its values fit; a role no header
 * names is given to a column whose values fit it: periods for the period (months, dates, timestamps,
 * quarters, financial years; a four-digit year only under a year or period header), whole numbers for
 * the count, text with few distinct values for category and area. Separate year and month columns
 * (`Calendar_Year,Month` = `2001,Apr`) give `year` and `month`. A column that can never be a count
 * (row numbers, coordinates, codes, rates: see `profileColumns`) is never proposed as one; 0/1 flags and
 * numbers in sequence are proposed only under a header naming a count. Distinct dates are the period,
 * never an identifier. Each column takes at most one role. The analyst may change any role.
 *
 * Missing values: blank cells ("", null) are left out of the value profile of their column.
 *
 * @param header the header row's cells
 * @param sample some data rows below it (fifty is plenty)
 * @returns the proposed roles (absent where no column fits)
 * @throws never
 * @example
 * proposeRoles(["Month", "Crime type", "District", "Count"], [["2017-10", "Burglary", "Maidstone", 12]]);
 * // => { month: 0, category: 1, area: 2, count: 3, areaIsLsoa: false }
 */
export function proposeRoles(header: unknown[], sample: unknown[][]): ColumnRoles {
  const profiles = profileColumns(header, sample);
  const taken = new Set<number>();
  const periodic = profiles.map((p, c) =>
    isPeriod(
      p,
      sample.map((row) => row[c]),
    ),
  );
  const named = (role: keyof typeof ROLE_WORDS, p: ColumnProfile): boolean =>
    ROLE_WORDS[role].test(p.header) && !(NAMES_ONLY.has(role) && /\bcode\b/.test(p.header));
  const pickNamed = (
    role: keyof typeof ROLE_WORDS,
    kind: (p: ColumnProfile, c: number) => boolean,
  ): number | undefined => {
    const byName = profiles.findIndex((p, c) => !taken.has(c) && named(role, p) && (p.filled === 0 || kind(p, c)));
    if (byName < 0) return undefined;
    taken.add(byName);
    return byName;
  };
  const pick = (
    role: keyof typeof ROLE_WORDS,
    kind: (p: ColumnProfile, c: number) => boolean,
    typical: (p: ColumnProfile, c: number) => boolean,
    given?: number,
  ): number | undefined => {
    const byName = given ?? pickNamed(role, kind);
    if (byName !== undefined) return byName;
    const byValue = profiles.findIndex((p, c) => !taken.has(c) && p.filled > 0 && kind(p, c) && typical(p, c));
    if (byValue < 0) return undefined;
    taken.add(byValue);
    return byValue;
  };
  // Names are text that is not periods: a "date_to" column is a second period, never a category.
  const text = (p: ColumnProfile, c: number): boolean => p.texts >= 0.9 * p.filled && !periodic[c];
  const fewNames = (p: ColumnProfile): boolean => p.distinct <= Math.max(2, 0.5 * p.filled);
  const split = yearAndMonth(profiles, sample);
  split.forEach((c) => taken.add(c));
  // The period comes first: all-distinct dates (a monthly series) are periods, not identifiers.
  const month =
    split.length > 0
      ? split[1]
      : pick(
          "month",
          (_, c) => periodic[c] || mostlyMonths(sample, c),
          (_, c) => periodic[c],
        );
  // Both name roles by header first, so a "District" column is never taken as the category by its values,
  // nor a "Crime type" column of distinct names as an identifier.
  const idLike = (p: ColumnProfile, c: number): boolean => p.texts > 0 && !periodic[c];
  const namedId = pickNamed("id", idLike);
  const namedCategory = pickNamed("category", text);
  const namedArea = pickNamed("area", text);
  const id = pick("id", idLike, (p) => p.distinct > 0.9 * p.filled && p.filled > 3, namedId);
  // Negative numbers under a header naming a count are still the count, so reading them names the row at fault.
  const whole = (p: ColumnProfile): boolean =>
    p.numbers === p.filled && (p.notCount === "" || p.notCount === "negative numbers");
  const count = pick("count", whole, (p) => p.unlikelyCount === "" && p.negatives === 0);
  // By its values alone a name column has several names and is not a column of codes ("E07000110").
  const names = (p: ColumnProfile, c: number): boolean =>
    fewNames(p) && (p.distinct > 1 || p.filled <= 1) && !isCodes(p, sample, c);
  const category = pick("category", text, names, namedCategory);
  const area = pick("area", text, names, namedArea);
  const roles: ColumnRoles = { month, category, area, count, id, year: split[0] };
  (Object.keys(roles) as (keyof ColumnRoles)[]).forEach((k) => roles[k] === undefined && delete roles[k]);
  roles.areaIsLsoa = area !== undefined && /lsoa/.test(profiles[area].header);
  return roles;
}

/** True when the header says code or the values look like ONS or other codes (a capital and eight digits). */
function isCodes(p: ColumnProfile, sample: unknown[][], column: number): boolean {
  if (/\b(code|cd)\b|code$|cd$/.test(p.header)) return true;
  const values = sample.map((row) => String(row[column] ?? "").trim()).filter((v) => v !== "");
  return values.length > 0 && values.every((v) => /^[A-Z]{1,2}\d{6,9}$/.test(v));
}

/**
 * True when the header names the role in words ("Count", "Offences" for the count): a stronger sign
 * than values that merely fit, which the readers use to tell a named count from a guessed one.
 *
 * @param role the role
 * @param header the header as `profileColumns` reads it (lower case)
 * @returns whether the header names the role
 * @throws never
 * @example
 * headerNamesRole("count", "offences"); // => true
 */
export function headerNamesRole(role: keyof typeof ROLE_WORDS, header: string): boolean {
  return ROLE_WORDS[role].test(header);
}

/** A column headed "Month" with a few unreadable values is still the month: reading it will name them. */
function mostlyMonths(sample: unknown[][], column: number): boolean {
  const values = sample.map((row) => row[column]).filter((v) => String(v ?? "").trim() !== "");
  const months = values.filter((v) => typeof v !== "number" && periodReader([v], "") !== undefined).length;
  return values.length > 0 && months >= 0.5 * values.length;
}

/** True when the column's values are periods: any form but bare years, which need a header saying so. */
function isPeriod(p: ColumnProfile, values: unknown[]): boolean {
  if (p.filled === 0) return false;
  const reading = periodReader(values, p.header);
  if (!reading) return false;
  // Excel serial numbers are dates only under a date header: a column of counts holds numbers too.
  if (reading.unit === "month" && values.some((v) => typeof v === "number") && !ROLE_WORDS.month.test(p.header))
    return false;
  return reading.unit !== "year" || reading.yearStart !== 1 || YEAR_WORDS.test(p.header) || /\bperiod\b/.test(p.header);
}

/** [year column, month column] when a year header holds years and a month header holds month names or numbers. */
function yearAndMonth(profiles: ColumnProfile[], sample: unknown[][]): number[] {
  const year = profiles.findIndex(
    (p, c) =>
      YEAR_WORDS.test(p.header) &&
      p.filled > 0 &&
      periodReader(
        sample.map((r) => r[c]),
        "year",
      )?.yearStart === 1 &&
      periodReader(
        sample.map((r) => r[c]),
        "year",
      )?.unit === "year",
  );
  const month = profiles.findIndex(
    (p, c) =>
      MONTH_ONLY.test(p.header) &&
      p.filled > 0 &&
      sample.every((r) => String(r[c] ?? "").trim() === "" || isMonthOfYear(String(r[c]).trim())),
  );
  return year >= 0 && month >= 0 ? [year, month] : [];
}
