import { percentChange } from "../change";
import { changePhrase } from "./change-phrase";
import type { TableModel, TableRow } from "../tables";
import { withFigures } from "../tables";
import type { Comparison } from "./comparison-of";
import { countWords } from "../change";
import { risesAndFalls } from "./rises-and-falls";
import { significanceWords } from "./significance-words";

/**
 * The key findings of the tables by year: `fy-pivot` (seed 5.6: financial years down, each with its
 * total) and `category-by-year` (seed 4.2: categories down, years across, a total row). The headline
 * compares the latest two whole years (part years, which the tables mark, are never compared): "Cases in
 * Maidstone fell by 4.5% in 2017 compared with 2016, from 1,234 to 1,178." (seed 4.2: "an overall
 * decrease of 4.5% in cases"), then whether the change is statistically significant; the fy-pivot adds
 * its highest and lowest whole years, the category table its largest rises and falls. The % is worked
 * out here by `percentChange` (one decimal, as Excel's ROUND), as the other tables print it. The years,
 * their totals and each row's counts are those the recipe computed (`figures`), never its cells.
 *
 * Missing values: with fewer than two whole years there is no headline; a year of 0 gives no %.
 *
 * @param table an `fy-pivot` or `category-by-year` table
 * @param place how to name the area ("Maidstone", "the borough")
 * @param level the significance level
 * @returns the findings
 * @throws never
 * @example
 * yearFindings(nuisance, "Maidstone", 0.05)[0]; // => "Cases in Maidstone fell by 4.5% in 2017 compared with 2016, from ..."
 */
export function yearFindings(table: TableModel, place: string, level: number): string[] {
  const read = withFigures(table);
  const years = wholeYears(read);
  const subject = read.subject?.category ?? "Cases";
  const findings: string[] = [];
  if (years.length >= 2) {
    const [previous, current] = years.slice(-2);
    findings.push(
      headline(subject, place, comparison("", current.total, previous.total), current.label, previous.label),
    );
    findings.push(significanceWords(current.total, previous.total, level).sentence);
  }
  if (read.recipe === "fy-pivot" && years.length >= 3) {
    const high = years.reduce((a, b) => (b.total > a.total ? b : a));
    const low = years.reduce((a, b) => (b.total < a.total ? b : a));
    findings.push(
      `Of the ${years.length} whole years, the highest was ${high.label} (${countWords(high.total)}) and the lowest ${low.label} (${countWords(low.total)}).`,
    );
  }
  if (read.recipe === "category-by-year" && years.length >= 2) {
    const [a, b] = years.slice(-2).map((y) => y.at);
    const rows = read.rows.filter((r) => r.kind === "data");
    const items = rows.map((r) => rowComparison(r, a, b)).filter((c): c is Comparison => c !== null);
    findings.push(...risesAndFalls(items, level));
  }
  return findings;
}

interface Year {
  label: string;
  total: number;
  /** The year's place in the table's `figures.years` (and its rows' counts), latest first. */
  at: number;
}

/** The whole years the recipe counted, earliest first: part years (which the tables mark) are never compared. */
function wholeYears(table: TableModel): Year[] {
  return (table.figures?.years ?? [])
    .flatMap((y, at) => (y.whole && typeof y.total === "number" ? [{ label: y.label, total: y.total, at }] : []))
    .reverse();
}

function rowComparison(row: TableRow, previousAt: number, currentAt: number): Comparison | null {
  const current = row.figures?.counts[currentAt];
  const previous = row.figures?.counts[previousAt];
  if (typeof current !== "number" || typeof previous !== "number" || !row.figures) return null;
  return comparison(row.figures.label, current, previous);
}

function comparison(label: string, current: number, previous: number): Comparison {
  const ratio = previous === 0 ? null : (current - previous) / previous;
  return { label, current, previous, change: current - previous, ratio, percent: percentChange(current, previous) };
}

function headline(subject: string, place: string, c: Comparison, current: string, previous: string): string {
  const figures = `from ${countWords(c.previous)} to ${countWords(c.current)}`;
  const moved = changePhrase(c);
  if (moved === null)
    return `${subject} in ${place} were unchanged at ${countWords(c.current)} in ${current} compared with ${previous}.`;
  return `${subject} in ${place} ${moved} in ${current} compared with ${previous}, ${figures}.`;
}
