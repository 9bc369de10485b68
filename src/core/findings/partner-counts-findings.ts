import { countWords } from "../change";
import type { TableModel } from "../tables";
import { comparisonOf, type Comparison } from "./comparison-of";
import { risesAndFalls } from "./rises-and-falls";

/**
 * The findings of a partner's counts by period (partner-counts; seed 3.2's "the wards with the lowest
 * levels ...", 3.5, 1.7): the rows with the highest and the lowest latest count, then the largest rises
 * and falls from the period of the table's first change (`risesAndFalls`, each change tested with the
 * exact test for two Poisson counts). Only the table's own top-level rows are read, from the figures the
 * recipe computed (`row.figures`), never the total or sub-rows.
 *
 * Missing values: a row whose latest count is n/a or held back is named in neither sentence; a row whose
 * earlier count is n/a, held back or across a series break has no change (it has no comparison).
 *
 * @param table a partner-counts table
 * @param level the significance level of the exact test
 * @returns zero to five sentences
 * @throws never
 * @example
 * partnerCountsFindings(partnerCounts({ table: [["District", "2015/16", "2016/17"], ["A", 100, 120], ["B", 50, 40]] }), 0.05)[0];
 * // => "The highest count was in A (120); the lowest in B (40)."
 */
export function partnerCountsFindings(table: TableModel, level: number): string[] {
  const rows = table.rows.filter((r) => r.kind === "data" && r.level === 0 && r.figures);
  const counted = rows.flatMap((r) =>
    typeof r.figures?.counts[0] === "number" ? [{ label: r.figures.label, count: r.figures.counts[0] }] : [],
  );
  const comparisons = rows.map((r) => comparisonOf(table, r)).filter((c): c is Comparison => c !== null);
  return [...highestAndLowestCounts(counted), ...risesAndFalls(comparisons, level)];
}

function highestAndLowestCounts(counted: { label: string; count: number }[]): string[] {
  if (counted.length < 2) return [];
  const high = Math.max(...counted.map((c) => c.count));
  const low = Math.min(...counted.map((c) => c.count));
  if (high === low) return [`Every row had the same count (${countWords(high)}).`];
  const named = (value: number) => listed(counted.filter((c) => c.count === value).map((c) => c.label));
  return [
    `The highest count was in ${named(high)} (${countWords(high)}); the lowest in ${named(low)} (${countWords(low)}).`,
  ];
}

function listed(labels: string[]): string {
  return labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`;
}
