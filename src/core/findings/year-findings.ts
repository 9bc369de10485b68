import { percentChange } from "../change";
import { changePhrase } from "./change-phrase";
import { nameKey } from "../tables";
import type { TableCell, TableModel, TableRow } from "../tables";
import type { Comparison } from "./comparison-of";
import { countWords } from "../change";
import { risesAndFalls } from "./rises-and-falls";
import { significanceWords } from "./significance-words";

/** A whole year's label as the tables print it: "2017" or "2017/18" (a part year carries a marker). */
const WHOLE_YEAR = /^\d{4}(\/\d{2})?$/;

/**
 * The key findings of the tables by year: `fy-pivot` (seed 5.6: financial years down, each with its
 * total) and `category-by-year` (seed 4.2: categories down, years across, a total row). The headline
 * compares the latest two whole years (part years, which the tables mark, are never compared): "Cases in
 * Maidstone fell by 4.5% in 2017 compared with 2016, from 1,234 to 1,178." (seed 4.2: "an overall
 * decrease of 4.5% in cases"), then whether the change is statistically significant; the fy-pivot adds
 * its highest and lowest whole years, the category table its largest rises and falls. The % is worked
 * out here by `percentChange` (one decimal, as Excel's ROUND), as the other tables print it.
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
  const years = table.recipe === "fy-pivot" ? pivotYears(table) : columnYears(table);
  const subject = table.subject?.category ?? "Cases";
  const findings: string[] = [];
  if (years.length >= 2) {
    const [previous, current] = years.slice(-2);
    findings.push(
      headline(subject, place, comparison("", current.total, previous.total), current.label, previous.label),
    );
    findings.push(significanceWords(current.total, previous.total, level).sentence);
  }
  if (table.recipe === "fy-pivot" && years.length >= 3) {
    const high = years.reduce((a, b) => (b.total > a.total ? b : a));
    const low = years.reduce((a, b) => (b.total < a.total ? b : a));
    findings.push(
      `Of the ${years.length} whole years, the highest was ${high.label} (${countWords(high.total)}) and the lowest ${low.label} (${countWords(low.total)}).`,
    );
  }
  if (table.recipe === "category-by-year" && years.length >= 2) {
    const [a, b] = years.slice(-2).map((y) => y.column as number);
    const rows = table.rows.filter((r) => r.kind === "data");
    const items = rows.map((r) => rowComparison(r, a, b)).filter((c): c is Comparison => c !== null);
    findings.push(...risesAndFalls(items, level));
  }
  return findings;
}

interface Year {
  label: string;
  total: number;
  column?: number;
}

/** fy-pivot: one row per year, its total in the last cell; a part year's total carries a footnote. */
function pivotYears(table: TableModel): Year[] {
  return table.rows.flatMap((r) => {
    const total = r.cells[r.cells.length - 1];
    const label = String(r.cells[0].value ?? "");
    return typeof total?.value === "number" && !total.footnote && WHOLE_YEAR.test(label)
      ? [{ label, total: total.value }]
      : [];
  });
}

/** category-by-year: one column per year, its total on the total row; a part year's header has a marker. */
function columnYears(table: TableModel): Year[] {
  const header = table.headerRows[0] ?? [];
  const total = table.rows.find((r) => r.kind === "total");
  if (!total) return [];
  return header.flatMap((h, column) => {
    const cell: TableCell | undefined = total.cells[column];
    return WHOLE_YEAR.test(h.text) && typeof cell?.value === "number"
      ? [{ label: h.text, total: cell.value, column }]
      : [];
  });
}

function rowComparison(row: TableRow, previousColumn: number, currentColumn: number): Comparison | null {
  const current = row.cells[currentColumn]?.value;
  const previous = row.cells[previousColumn]?.value;
  if (typeof current !== "number" || typeof previous !== "number") return null;
  const description = row.cells.length > 1 && row.cells[1].kind === "text" ? String(row.cells[1].value ?? "") : "";
  const label =
    description !== "" && nameKey(description) !== nameKey(row.cells[0].value)
      ? description
      : String(row.cells[0].value ?? "");
  return comparison(label, current, previous);
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
