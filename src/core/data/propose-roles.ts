import type { ColumnRoles } from "./ingest-types";
import { cellText } from "./cell-text";
import { parseMonth } from "../periods/parse-month";

/** Header words that name each role, most telling first. Matched against the lower-cased header. */
const ROLE_WORDS: Record<"month" | "category" | "area" | "count" | "id", RegExp> = {
  month: /\b(month|date|period)\b/,
  category: /\b(crime type|category|offence|offense|classification|crime group|type|description|crime)\b/,
  area: /\b(lsoa name|district|area|ward|borough|local authority|csp|division|neighbourhood|beat|lad|lsoa)\b/,
  count: /\b(count|number|crimes|offences|incidents|total|value|volume|frequency|n)\b/,
  id: /\b(crime id|id|reference|ref|urn|crime number|crime no|occurrence)\b/,
};

/** Roles that hold names, so a "code" column (LSOA code, offence code) is not one of them. */
const NAMES_ONLY = new Set(["category", "area"]);

/** What the sampled values of one column look like. */
interface ColumnProfile {
  header: string;
  months: number;
  numbers: number;
  texts: number;
  distinct: number;
  filled: number;
}

/**
 * Proposes which column holds the month, category, area, count and identifier of a record-level or
 * long table, from the header words first and the values second.
 *
 * A header that names a role wins ("Crime type" is the category); a role no header names is given to
 * a column whose values fit it: months for the month (text that reads as a month), whole numbers for
 * the count, text with few distinct values for category and area. Excel serial numbers count as months
 * only under a month or date header, because a column of counts holds numbers too. Each column takes
 * at most one role. The wizard shows the proposal and the analyst may change any role.
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
  const profiles = header.map((cell, column) => profile(cellText(cell).toLowerCase(), sample, column));
  const taken = new Set<number>();
  // A header naming the role needs values of the right kind; a column taken by its values alone
  // must also look typical (distinct IDs, few distinct names).
  const pick = (role: keyof typeof ROLE_WORDS, kind: (p: ColumnProfile) => boolean, typical: (p: ColumnProfile) => boolean): number | undefined => {
    const named = (p: ColumnProfile): boolean => ROLE_WORDS[role].test(p.header) && !(NAMES_ONLY.has(role) && /\bcode\b/.test(p.header));
    const byName = profiles.findIndex((p, c) => !taken.has(c) && named(p) && (p.filled === 0 || kind(p)));
    const byValue = byName >= 0 ? byName : profiles.findIndex((p, c) => !taken.has(c) && p.filled > 0 && kind(p) && typical(p));
    if (byValue < 0) return undefined;
    taken.add(byValue);
    return byValue;
  };
  const text = (p: ColumnProfile): boolean => p.texts >= 0.9 * p.filled;
  const fewNames = (p: ColumnProfile): boolean => p.distinct <= Math.max(2, 0.5 * p.filled);
  const id = pick("id", (p) => p.texts > 0, (p) => p.distinct > 0.9 * p.filled && p.filled > 3);
  // A column headed "Month" with a few unreadable values is still the month: reading it will name them.
  const month = pick("month", (p) => p.months >= 0.5 * p.filled, (p) => p.months >= 0.9 * p.filled);
  const count = pick("count", (p) => p.numbers === p.filled && p.months < p.filled, () => true);
  const category = pick("category", text, fewNames);
  const area = pick("area", text, fewNames);
  const roles: ColumnRoles = { month, category, area, count, id };
  (Object.keys(roles) as (keyof ColumnRoles)[]).forEach((k) => roles[k] === undefined && delete roles[k]);
  roles.areaIsLsoa = area !== undefined && /lsoa/.test(profiles[area].header);
  return roles;
}

function profile(header: string, sample: unknown[][], column: number): ColumnProfile {
  const p: ColumnProfile = { header, months: 0, numbers: 0, texts: 0, distinct: 0, filled: 0 };
  const seen = new Set<string>();
  const dateHeader = ROLE_WORDS.month.test(header);
  for (const row of sample) {
    const value = row[column];
    const text = cellText(value);
    if (text === "") continue;
    p.filled++;
    seen.add(text);
    const numeric = typeof value === "number" || /^-?\d+(\.\d+)?$/.test(text);
    if (numeric) p.numbers++;
    else p.texts++;
    if ((typeof value !== "number" || dateHeader) && readsAsMonth(value)) p.months++;
  }
  p.distinct = seen.size;
  return p;
}

function readsAsMonth(value: unknown): boolean {
  try {
    parseMonth(value);
    return true;
  } catch {
    return false;
  }
}
