/**
 * Whether one front end's reading of a shape gives the truth (issue 19): the checks the shape tests share,
 * whatever reads the file (`satk` in this process, `satk` as its own process, the wizard through the port).
 * A front end answers a table request as a `TableRun`; a refusal before any reading is made is fine, a
 * table with any other number than the truth's - or a failure after a reading was made - is wrong.
 */
import { hasCategoryColumn, truthCounts, truthSeries, type Shape, type Truth } from "./truth-shapes";

/** A table asked of a front end: spc-series for months, category-by-year for years. */
export interface TableAsk {
  recipe: "spc-series" | "category-by-year";
  categories?: string[];
  area?: string;
  years?: number;
  startMonth?: number;
}

/** A front end's answer: its exit code, whether it refused before any reading was made, its last words, its table. */
export interface TableRun {
  code: number;
  /** True when a non-zero code came before any reading of the data was made (a refusal, not a misreading). */
  beforeReading: boolean;
  why: string;
  /** The table as text, header row first ([] when none). */
  table: string[][];
}

export type Reader = (ask: TableAsk) => Promise<TableRun>;

export type Outcome = { result: "right" } | { result: "refused"; why: string } | { result: "wrong"; why: string };

/** The arguments of `satk table` for an ask. */
export function satkArgs(ask: TableAsk, path: string): string[] {
  return [
    "table",
    ask.recipe,
    ...(ask.recipe === "spc-series" ? ["--grouping", "none"] : []),
    ...(ask.categories ? ["--categories", ask.categories.join(",")] : []),
    ...(ask.area ? ["--area", ask.area] : []),
    ...(ask.years ? ["--years", String(ask.years)] : []),
    ...(ask.startMonth ? ["--start-month", String(ask.startMonth)] : []),
    "--input",
    path,
  ];
}

/** The series of a spc-series table, by name, as month label -> count. */
function seriesOf(table: string[][]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const row of table.slice(1)) {
    if (!out.has(row[0])) out.set(row[0], new Map());
    out.get(row[0])!.set(row[1], Number(row[2]));
  }
  return out;
}

/** The rows of a category-by-year table, by category, as counts per year in order (the Total row left out). */
function yearsOf(table: string[][]): Map<string, number[]> {
  return new Map(
    table
      .slice(1)
      .filter((row) => row[0] !== "Total")
      .map((row) => [row[0], row.slice(1).map((v) => (v === "" ? 0 : Number(v)))]),
  );
}

/** "" when the table's series equals the truth's (months absent from either count 0), else what differs. */
function differs(got: Map<string, number> | undefined, want: Map<string, number>): string {
  const months = new Set([...(got?.keys() ?? []), ...want.keys()]);
  for (const m of months)
    if ((got?.get(m) ?? 0) !== (want.get(m) ?? 0)) return `${m}: ${got?.get(m) ?? 0} for ${want.get(m) ?? 0}`;
  return "";
}

/** "" when the counts per year are the truth's, else what differs. */
function yearsDiffer(got: number[] | undefined, want: number[]): string {
  if (!got) return want.every((n) => n === 0) ? "" : `no row for ${want.join(",")}`;
  if (got.length !== want.length) return `${got.length} years for ${want.length}`;
  const at = got.findIndex((n, k) => n !== want[k]);
  return at < 0 ? "" : `year ${at + 1}: ${got[at]} for ${want[at]}`;
}

function refusal(run: TableRun): Outcome | undefined {
  if (run.code === 0) return undefined;
  if (run.code === 3 && run.beforeReading) return { result: "refused", why: run.why };
  return { result: "wrong", why: `exit ${run.code} after reading: ${run.why}` };
}

/** One table: what differs from the truth ("" for nothing), or the run's refusal. */
function compare(truth: Truth, run: TableRun, c: number, a: number, names: string[] | null): string {
  if (truth.unit === "year") {
    const rows = yearsOf(run.table);
    if (names === null) {
      if (rows.size !== 1) return `${rows.size} rows for one category`;
      return yearsDiffer(rows.values().next().value, truthCounts(truth, -1, a));
    }
    // A category of the truth with no count may have its row (of zeros): the file names it.
    for (const name of rows.keys())
      if (!truth.categories.includes(name)) return `a row "${name}" the truth does not hold`;
    for (const name of truth.categories) {
      const d = yearsDiffer(rows.get(name), truthCounts(truth, truth.categories.indexOf(name), a));
      if (d) return `category ${name}, ${d}`;
    }
    return "";
  }
  const series = seriesOf(run.table);
  if (c === -2 || names === null) {
    if (series.size !== 1) return `${series.size} series for one`;
    return differs(series.values().next().value, truthSeries(truth, -1, a));
  }
  for (const name of series.keys()) if (!names.includes(name)) return `a series "${name}" the truth does not hold`;
  for (const name of names) {
    const d = differs(series.get(name), truthSeries(truth, truth.categories.indexOf(name), a));
    if (d) return `category ${name}, ${d}`;
  }
  return "";
}

/**
 * Reads the shape through `read`: the table of every category, then (several areas) each area's, each
 * against the truth.
 *
 * @param truth the truth as the shape holds it (`truthFor`)
 * @param shape the shape
 * @param read the front end
 * @returns right, refused (before any reading) or wrong (with what differs)
 */
export async function outcome(truth: Truth, shape: Shape, read: Reader): Promise<Outcome> {
  const present = truth.categories.filter((_c, ci) => truthCounts(truth, ci, -1).some((n) => n > 0));
  const named = hasCategoryColumn(truth, shape) ? present : null;
  const base: TableAsk =
    truth.unit === "year"
      ? { recipe: "category-by-year", years: truth.months.length, startMonth: truth.yearStart }
      : { recipe: "spc-series", ...(named ? { categories: named } : {}) };
  const all = await read(base);
  const refused = refusal(all);
  if (refused) return refused;
  const d = compare(truth, all, -1, -1, named);
  if (d) return { result: "wrong", why: d };
  if (truth.areas.length === 1) return { result: "right" };
  for (const [a, area] of truth.areas.entries()) {
    const run = await read({ ...base, categories: undefined, area });
    const no = refusal(run);
    // An area without counts is rightly refused as not in the data (exit 3, after the reading); any
    // refusal before a reading is never a wrong number.
    if (no && run.code === 3 && truthCounts(truth, -1, a).every((n) => n === 0)) return { result: "right" };
    if (no) return { result: no.result, why: `area ${area}: ${"why" in no ? no.why : ""}` } as Outcome;
    const e = compare(truth, run, truth.unit === "year" ? -1 : -2, a, truth.unit === "year" ? named : null);
    if (e) return { result: "wrong", why: `area ${area}, ${e}` };
  }
  return { result: "right" };
}
