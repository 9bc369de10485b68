import { nameKey } from "../tables";
import { capitalised } from "../change";
import { nounOf } from "./noun-of";
import type { TableModel, TableRow } from "../tables";
import { comparisonOf, type Comparison } from "./comparison-of";
import { comparesToSentence } from "./compares-to-sentence";
import type { FindingsOptions, TableFindings } from "./findings-options";
import { headlineSentence } from "./headline-sentence";
import { ordinal } from "./ordinal";
import { rankSentence } from "./rank-sentence";
import { rateFindings } from "./rate-findings";
import { risesAndFalls } from "./rises-and-falls";
import { highestAndLowest } from "./highest-and-lowest";
import { partnerCountsFindings } from "./partner-counts-findings";
import { significanceWords } from "./significance-words";
import { spcReading } from "./spc-reading";
import { surveyFindings } from "./survey-findings";
import { yearFindings } from "./year-findings";
import type { RecipeId } from "../tables";
import { SIGNIFICANCE_LEVEL } from "../significance";

interface Context {
  tables: readonly TableModel[];
  area: string | null;
  place: string | null;
  forceName: string | null;
  level: number;
}

/**
 * The key findings of each table, in the register of the seed's commentary (section 2.1: "All crime in
 * the borough rose by 32.4% in the period November 2016 to October 2017 compared with the same period
 * the previous year, from a total of 10,271 crimes to 13,594 crimes. This compares to a Kent Force wide
 * increase of 30.0%."). Each finding is built only from figures the tables hold, quoting their printed
 * % changes:
 * - rolling-year (2.6): the headline of the total row with both figures; the force-wide change when an
 *   all-crime area-comparison table for the same year is among `tables`; whether the change is
 *   statistically significant (exact test for two Poisson counts); the largest rises and falls by
 *   number and % among the categories without sub-categories.
 * - area-comparison (3.1) and period-comparison (4.1): for the area of interest, its headline, its
 *   division's and the force's change, significance, its rank among the force's areas (the table's own
 *   ranking when it has one); then the largest rises and falls among the areas. Without an area of
 *   interest, the headline is the force's. A period comparison by category reads like a rolling year.
 * - fy-pivot (5.6) and category-by-year (4.2): the latest two whole years compared, significance, the
 *   highest and lowest years or the largest rises and falls (`yearFindings`).
 * - survey (2.4): the combined answer's share overall, and the groups with the highest and lowest
 *   share with their numbers of respondents (`surveyFindings`).
 * - rate (2.5): the area of interest's rate, against the force's, and its rank (`rateFindings`).
 * - spc-series (2.2, 2.3) and spc-summary: the Making Data Count reading of each series' latest point
 *   (`spcReading`), under the summary when both tables are made.
 * - partner-counts (3.5, 3.2, 1.7): the highest and lowest latest counts, then the largest rises and
 *   falls (`partnerCountsFindings`).
 * - shares (5.5, 3.6): none (each column is its own base; no one headline).
 * Other tables (such as the Key findings table itself) have no findings (an empty list).
 *
 * Missing values: rows whose counts are N/A give no sentence; a % change that cannot be worked out (from
 * 0) is not quoted.
 *
 * @param tables the tables made, in report order (findings for one may draw on another)
 * @param options area of interest, how to name it, the force's name, significance level
 * @returns one entry per table, in the same order: its title and its findings
 * @throws {InputError} when the significance level is not between 0 and 1
 * @example
 * keyFindings([volumeByType, allCrimeByArea], { areaWords: "the borough", forceName: "Kent" })[0].findings[0];
 * // => "All crime in the borough rose by 32.4% in the period November 2016 to October 2017 compared with ..."
 */
export function keyFindings(tables: readonly TableModel[], options: FindingsOptions = {}): TableFindings[] {
  const area = options.area ?? tables.find((t) => madeBy(t, "rolling-year"))?.subject?.area ?? null;
  const context: Context = {
    tables,
    area,
    place: options.areaWords ?? area,
    forceName: options.forceName ?? null,
    level: options.significance ?? SIGNIFICANCE_LEVEL,
  };
  return tables.map((table) => ({ table: table.title, findings: findingsOf(table, context) }));
}

/** The findings of one table by the recipe that made it: every recipe of the catalogue has an entry (the type says so). */
const FINDINGS: Record<RecipeId, (table: TableModel, context: Context) => string[]> = {
  "rolling-year": (table, context) => wholeTable(table, context, categoryRows(table.rows)),
  "area-comparison": byAreaOrWhole,
  "period-comparison": byAreaOrWhole,
  "fy-pivot": byYear,
  "category-by-year": byYear,
  survey: (table) => surveyFindings(table),
  rate: (table, context) => rateFindings(table, context.area, context.place, context.forceName),
  "spc-series": (table, context) =>
    // With a summary of the same series among the tables, the readings go under the summary only.
    context.tables.some(
      (t) => madeBy(t, "spc-summary") && t.subject?.area === table.subject?.area && t.subject?.area !== undefined,
    )
      ? []
      : spcReadings(table),
  "spc-summary": spcReadings,
  "partner-counts": (table, context) => partnerCountsFindings(table, context.level),
  // A cross-tab's shares have no one headline (each column is its own base): the table is its own finding.
  shares: () => [],
};

/** True when the table was made by the recipe (its id checked against the catalogue's by the type). */
function madeBy(table: TableModel, id: RecipeId): boolean {
  return table.recipe === id;
}

function findingsOf(table: TableModel, context: Context): string[] {
  const findings = (FINDINGS as Partial<Record<string, (table: TableModel, context: Context) => string[]>>)[
    table.recipe
  ];
  return findings ? findings(table, context) : [];
}

function byAreaOrWhole(table: TableModel, context: Context): string[] {
  return table.subject?.area !== undefined
    ? wholeTable(
        table,
        context,
        table.rows.filter((r) => r.kind === "data"),
      )
    : byArea(table, context);
}

function byYear(table: TableModel, context: Context): string[] {
  return yearFindings(table, placeOf(table.subject?.area ?? "", context, true), context.level);
}

function spcReadings(table: TableModel): string[] {
  return (table.charts ?? []).map((series) => spcReading(series)).filter((s) => s !== "");
}

/** A table of one area by category: its total's headline, the force's change, significance, rises and falls. */
function wholeTable(table: TableModel, context: Context, rows: TableRow[]): string[] {
  const total = [...table.rows].reverse().find((r) => r.kind === "total");
  const figures = total ? comparisonOf(table, total) : null;
  const findings: string[] = [];
  if (total && figures && table.subject?.periods) {
    const area = table.subject.area ?? "";
    const ofInterest = context.area !== null && nameKey(area) === nameKey(context.area);
    const place = ofInterest && context.place ? context.place : placeOf(area, context);
    const headline = headlineSentence(
      figures.label,
      place,
      figures,
      table.subject.periods[0],
      nounOf(figures.label, table),
    );
    const force = ofInterest ? forceFigures(table, context) : null;
    findings.push(
      joined(headline, force ? comparesToSentence([{ name: null, figures: force }], context.forceName) : ""),
    );
    findings.push(significanceWords(figures.current, figures.previous, context.level).sentence);
  }
  findings.push(...risesAndFalls(comparisons(table, rows), context.level));
  return findings;
}

/** A by-area table: the area of interest (or the force) in words, its rank, the areas' rises and falls. */
function byArea(table: TableModel, context: Context): string[] {
  const areas = table.rows.filter((r) => r.kind === "data" && !r.apart);
  const total = table.rows.find((r) => r.kind === "total");
  const focusRow =
    context.area === null ? undefined : areas.find((r) => nameKey(r.cells[0].value) === nameKey(context.area));
  const focus = focusRow ? comparisonOf(table, focusRow) : null;
  const force = total ? comparisonOf(table, total) : null;
  const category = table.subject?.category ?? "All crime";
  const period = table.subject?.periods?.[0];
  const findings: string[] = [];
  const about = focus ?? force;
  if (about && period) {
    const place = focus ? (context.place ?? focus.label) : placeOf("", context);
    const headline = headlineSentence(category, place, about, period, nounOf(category, table));
    const others = focus ? largerAreas(table, focusRow as TableRow, force) : [];
    findings.push(joined(headline, comparesToSentence(others, context.forceName)));
    findings.push(significanceWords(about.current, about.previous, context.level).sentence);
  }
  if (focus && focusRow) findings.push(rankOf(table, focusRow, focus, areas, context));
  if (table.recipe === "period-comparison")
    findings.push(...highestAndLowest(comparisons(table, areas), table.subject?.noun ?? "crimes"));
  findings.push(...risesAndFalls(comparisons(table, areas), context.level));
  return findings.filter((f) => f !== "");
}

/** The division subtotal the area belongs to (the first subtotal below it) and the force. */
function largerAreas(
  table: TableModel,
  focusRow: TableRow,
  force: Comparison | null,
): { name: string | null; figures: Comparison }[] {
  const after = table.rows.slice(table.rows.indexOf(focusRow) + 1);
  const division = after.find((r) => r.kind !== "data");
  const others: { name: string | null; figures: Comparison }[] = [];
  const divisionFigures = division?.kind === "subtotal" ? comparisonOf(table, division) : null;
  if (divisionFigures) others.push({ name: divisionFigures.label, figures: divisionFigures });
  if (force) others.push({ name: null, figures: force });
  return others;
}

/** The rank sentence: the table's own ranking column when it has one, else by % change. */
function rankOf(table: TableModel, focusRow: TableRow, focus: Comparison, areas: TableRow[], context: Context): string {
  const place = capitalised(context.place ?? focus.label);
  const rank = rankOfRow(focusRow);
  if (typeof rank === "number") {
    const rankedRows = areas.filter((r) => typeof rankOfRow(r) === "number");
    // Say which way the ranking runs in the words that fit: when every area rose there is no fall to be 1st.
    const changes = comparisons(table, rankedRows).map((c) => c.change);
    const first = changes.length > 0 && changes.every((c) => c > 0) ? "the smallest rise" : "the largest fall";
    return `${place} is ranked ${ordinal(rank)} of the ${rankedRows.length} areas by % change (1st: ${first}).`;
  }
  return rankSentence(place, focus, comparisons(table, areas));
}

/** A row's rank: from the figures its recipe computed, or else its rank cell (a table read back). */
function rankOfRow(row: TableRow): number | null | undefined {
  if (row.figures) return row.figures.rank;
  const cell = row.cells.find((c) => c.kind === "rank");
  return typeof cell?.value === "number" ? cell.value : undefined;
}

function comparisons(table: TableModel, rows: TableRow[]): Comparison[] {
  return rows.map((r) => comparisonOf(table, r)).filter((c): c is Comparison => c !== null);
}

/** Categories without sub-categories: level-1 rows and level-0 data rows not followed by a level-1 row. */
function categoryRows(rows: TableRow[]): TableRow[] {
  return rows.filter((r, i) => r.kind === "data" && (r.level === 1 || rows[i + 1]?.level !== 1));
}

/** The all-crime force-wide change for the same period, from an area-comparison table among the tables. */
function forceFigures(table: TableModel, context: Context): Comparison | null {
  const period = table.subject?.periods?.[0];
  const match = context.tables.find(
    (t) =>
      madeBy(t, "area-comparison") &&
      nameKey(t.subject?.category ?? "") === nameKey("All crime") &&
      t.subject?.periods?.[0]?.last === period?.last &&
      t.subject?.periods?.[0]?.first === period?.first,
  );
  const total = match?.rows.find((r) => r.kind === "total");
  return match && total ? comparisonOf(match, total) : null;
}

function placeOf(area: string, context: Context, ownWords = false): string {
  const ofInterest =
    ownWords && context.area !== null && context.place !== null && nameKey(area) === nameKey(context.area);
  if (ofInterest) return context.place as string;
  if (area !== "" && nameKey(area) !== nameKey("All areas")) return area;
  return context.forceName ?? "the force area";
}

function joined(first: string, second: string): string {
  return second === "" ? first : `${first} ${second}`;
}
