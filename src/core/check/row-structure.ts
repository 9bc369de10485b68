import type { CheckRow, CheckTable } from "./check-types";
import { nearlyEqual } from "./nearly-equal";
import { sumOfParts } from "./sum-of-parts";

/** The row kinds and what adds up to what. Indices are positions in `CheckTable.rows`. */
export interface RowStructure {
  kinds: CheckRow["kind"][];
  /** The "- " sub-category rows under each category row (empty for most rows). */
  children: number[][];
  /** For a subtotal or total row, the rows it adds up; empty for data rows. */
  parts: number[][];
  notes: string[];
}

const SUBTOTAL =
  /\bdivision\b|\bsub-?total\b|^victim[- ]based crime$|^crimes? against society$|^other crimes against society$/i;
const TOTAL =
  /^(all crimes?|total recorded crime|force|force total|grand total|total|totals|all areas|overall|all)$|\btotal\b/i;
/** Columns whose rows add up: counts. */
export const ADDITIVE = new Set(["period", "count", "rowTotal"]);

/**
 * Recognises the rows: categories, "- " sub-categories (each belongs to the category above it),
 * subtotals and the total. A row is a subtotal when its label says so ("North Division", "Victim based
 * crime", "Crimes against society", "KCC Total" before the last row) or it is printed bold without
 * sub-categories, or (when no label names a subtotal) it equals the sum of the two or more categories
 * above it in every count column; the last row is the total when its label says so ("All crime", "Force", "Total"),
 * when it has no label, when it is bold, or when it adds up the rows above in most count columns (the
 * seed's "Kent"). Subtotals close their group (districts then "North Division") unless the first one
 * comes before any category, as "Victim based crime" heads table 2.6; the total adds the subtotals and
 * the categories in no subtotal's group.
 *
 * Missing values: rows are recognised from labels, so blank cells do not matter except to the
 * adding-up test of the last row, which uses only the columns where every part has a number.
 *
 * @param table the table as read by readCheckTable
 * @returns kinds, sub-categories, parts, and notes saying what was recognised
 * @throws never
 * @example
 * rowStructure(readCheckTable(table31)).kinds; // => ["data", ..., "subtotal", ..., "total"]
 */
export function rowStructure(table: CheckTable): RowStructure {
  const rows = table.rows;
  const last = rows.length - 1;
  const children: number[][] = rows.map(() => []);
  let parent = -1;
  rows.forEach((row, i) => {
    if (row.level === 0) parent = i;
    else if (parent >= 0) children[parent].push(i);
  });
  const kinds: CheckRow["kind"][] = rows.map((row, i) => {
    if (row.level === 1) return "data";
    if (SUBTOTAL.test(row.name)) return "subtotal";
    if (TOTAL.test(row.name) || (row.bold && children[i].length === 0)) return i === last ? "total" : "subtotal";
    return i === last && i > 0 && row.name === "" ? "total" : "data";
  });
  const notes: string[] = [];
  if (!kinds.includes("subtotal")) {
    const found = closingSubtotals(table, kinds);
    for (const i of found) kinds[i] = "subtotal";
    if (found.length > 0)
      notes.push(
        `${found.map((i) => `"${rows[i].name}"`).join(", ")} add${found.length === 1 ? "s" : ""} up the rows above ${found.length === 1 ? "it" : "them"}: read as subtotal${found.length === 1 ? "" : "s"}.`,
      );
  }
  let structure = grouped(kinds, rows);
  if (last > 0 && kinds[last] === "data" && rows[last].level === 0) {
    const trial = grouped(
      kinds.map((k, i) => (i === last ? "total" : k)),
      rows,
    );
    if (addsUp(table, trial.parts[last], last)) {
      kinds[last] = "total";
      structure = trial;
      notes.push(`The last row, "${rows[last].name}", adds up the rows above it: read as the total.`);
    }
  }
  notes.unshift(describe(rows, kinds, children, structure.heads));
  return { kinds, children, parts: structure.parts, notes };
}

/**
 * Rows (not the last) that equal the sum of the two or more categories above them, back to the
 * previous such row, in every count column: subtotals whose labels do not say so ("Gwent North").
 */
function closingSubtotals(table: CheckTable, kinds: CheckRow["kind"][]): number[] {
  const columns = table.columns.filter((c) => ADDITIVE.has(c.role)).map((c) => c.index);
  const found: number[] = [];
  // Running sums since the last subtotal found (null once a part has no number), so a long table is read in one pass.
  let sums: (number | null)[] = columns.map(() => 0);
  let parts = 0;
  table.rows.forEach((row, i) => {
    if (row.level === 1) return;
    const own = columns.map((c) => row.cells[c].value);
    const known = own.map((v, k) => (v !== null && sums[k] !== null ? k : -1)).filter((k) => k >= 0);
    const equal = known.length > 0 && known.every((k) => nearlyEqual(sums[k] as number, own[k] as number));
    if (i < table.rows.length - 1 && kinds[i] === "data" && parts >= 2 && equal) {
      found.push(i);
      sums = columns.map(() => 0);
      parts = 0;
      return;
    }
    sums = sums.map((s, k) => (s === null || own[k] === null ? null : s + (own[k] as number)));
    parts++;
  });
  return found;
}

/** Which rows each subtotal and the total add up. */
function grouped(kinds: CheckRow["kind"][], rows: readonly CheckRow[]): { parts: number[][]; heads: boolean } {
  const parts: number[][] = rows.map(() => []);
  const firstSubtotal = kinds.indexOf("subtotal");
  const heads = firstSubtotal >= 0 && !kinds.some((k, i) => i < firstSubtotal && k === "data" && rows[i].level === 0);
  const subtotals: number[] = [];
  let open: number[] = [];
  let loose: number[] = [];
  kinds.forEach((kind, i) => {
    if (kind === "data") {
      if (rows[i].level === 0) (heads && subtotals.length > 0 ? parts[subtotals[subtotals.length - 1]] : open).push(i);
    } else if (kind === "subtotal") {
      if (!heads) {
        parts[i] = open;
        open = [];
      }
      subtotals.push(i);
    } else {
      if (!heads) loose = [...loose, ...open];
      parts[i] = [...subtotals, ...loose, ...(heads ? open : [])].sort((a, b) => a - b);
      open = [];
    }
  });
  return { parts, heads };
}

/** True when row `at` equals the sum of `parts` in at least half the count columns where it can be worked out. */
function addsUp(table: CheckTable, parts: number[], at: number): boolean {
  if (parts.length < 2) return false;
  let tried = 0;
  let agreed = 0;
  for (const column of table.columns) {
    if (!ADDITIVE.has(column.role)) continue;
    const sum = sumOfParts(table.rows, parts, column.index);
    const own = table.rows[at].cells[column.index].value;
    if (sum === null || own === null) continue;
    tried++;
    if (nearlyEqual(sum, own)) agreed++;
  }
  return tried > 0 && agreed * 2 >= tried;
}

function describe(rows: readonly CheckRow[], kinds: CheckRow["kind"][], children: number[][], heads: boolean): string {
  const named = (kind: CheckRow["kind"]) =>
    rows.filter((_, i) => kinds[i] === kind).map((r) => `"${r.name || `row ${r.source + 1}`}"`);
  const parents = children.filter((c) => c.length > 0).length;
  const subs = rows.filter((r) => r.level === 1).length;
  const categories = rows.filter((r, i) => r.level === 0 && kinds[i] === "data").length;
  const subtotals = named("subtotal");
  const total = named("total");
  const parts = [`Rows: ${categories} categor${categories === 1 ? "y" : "ies"}`];
  if (subs > 0)
    parts.push(
      `${subs} sub-categor${subs === 1 ? "y" : "ies"} ("- ") under ${parents} of them, which should add up to the category`,
    );
  if (subtotals.length > 0)
    parts.push(
      `subtotal${subtotals.length === 1 ? "" : "s"} ${subtotals.join(", ")}, each adding up the rows ${heads ? "below" : "above"} it`,
    );
  parts.push(total.length > 0 ? `total ${total.join(", ")}` : "no total row");
  return parts.join("; ") + ".";
}
