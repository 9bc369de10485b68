import type { Dataset } from "../core/data";
import type { FindingsOptions } from "../core/findings";
import { keyFindings } from "../core/findings";
import { LONG_MONTH_NAMES } from "../core/periods";
import { countCube } from "../core/tables";
import type { RecipeOptions } from "../core/tables";
import { findRecipe } from "../core/tables";
import { sourceLine } from "../core/house-style";
import type { TableModel } from "../core/tables";
import { leftOutTables } from "../core/tables";
import { uncoveredReason } from "../core/tables";

/** What `satk report` hands the Word writer: the tables with their findings, and the title page's facts. */
export interface ReportPlan {
  tables: { table: TableModel; findings: string[] }[];
  leftOut: { title: string; reason: string }[];
  area: string | null;
  period: string;
  date: string;
  source: string;
}

/**
 * Plans the assessment `satk report` writes (issue 22 items 4 and 6): the standard tables, then one
 * area comparison per theme the data allow (each crime group the SPC charts show, not a subtotal of groups
 * such as Victim based crime, and anti-social behaviour when the data hold it), the key findings worked out
 * over all of them, and the tables the data cannot fill left out with their reason (`uncoveredReason`),
 * one reason once for all the tables it applies to. The title page's facts are the area, the months the
 * data cover, today's date and the data's source line.
 *
 * Missing values: a theme whose table cannot be made (a category the data do not hold) is simply not a theme.
 *
 * @param dataset the records
 * @param standard the standard tables already made
 * @param options the recipe options the standard tables were made with
 * @param findings how the findings are worded
 * @param today the date of the run (a parameter so tests can fix it)
 * @returns the plan
 * @throws errors from `keyFindings`
 * @example
 * const plan = reportPlan(dataset, tables, options, { area: "Newport" }, new Date());
 */
export function reportPlan(
  dataset: Dataset,
  standard: TableModel[],
  options: RecipeOptions,
  findings: FindingsOptions,
  today: Date,
): ReportPlan {
  const themes = themeTables(dataset, standard, options);
  const all = [...standard, ...themes];
  const worded = keyFindings(all, findings).map((f) => f.findings);
  const tables = all
    .map((table, i) => ({ table, findings: worded[i] ?? [] }))
    .filter((t) => uncoveredReason(t.table) === null);
  const cube = countCube(dataset);
  return {
    tables,
    // A theme's table the data cannot fill is no theme: only the standard tables are said to be left out.
    leftOut: leftOutTables(standard),
    area: options.area ?? null,
    period: `${monthWords(cube.firstMonth)} to ${monthWords(cube.lastMonth)}`,
    date: `${today.getDate()} ${LONG_MONTH_NAMES[today.getMonth()]} ${today.getFullYear()}`,
    source: sourceLine(dataset).replace(/^Source:\s*/, ""),
  };
}

/** The area comparison of each theme: the SPC series' groups that are not subtotals, and anti-social behaviour. */
function themeTables(dataset: Dataset, standard: TableModel[], options: RecipeOptions): TableModel[] {
  // A subtotal of groups (Victim based crime, followed by other top-level rows) is not a theme; a group with
  // sub-categories under it (Violent crime) is.
  const subtotals = new Set(
    standard
      .filter((t) => t.recipe === "rolling-year")
      .flatMap((t) =>
        t.rows.filter((r, i) => r.kind !== "data" && t.rows[i + 1]?.level !== 1).map((r) => String(r.cells[0]?.value)),
      ),
  );
  const series = standard.find((t) => t.recipe === "spc-series")?.charts ?? [];
  const categories = series
    .slice(1)
    .map((c) => c.category ?? "")
    .filter((c) => c !== "" && !subtotals.has(c));
  if (dataset.categories.some((c) => /^anti-social behaviour$/i.test(c))) categories.push("Anti-social behaviour");
  const made: TableModel[] = [];
  for (const category of categories) {
    try {
      made.push(findRecipe("area-comparison").run(dataset, { ...options, category }));
    } catch {
      // A category the data do not hold as a table is not a theme of this report.
    }
  }
  return made;
}

/** A month index as "July 2022". */
function monthWords(month: number): string {
  return `${LONG_MONTH_NAMES[((month % 12) + 12) % 12]} ${Math.floor(month / 12)}`;
}
