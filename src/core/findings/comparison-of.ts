import type { TableModel, TableRow } from "../tables";

/** The two latest periods of one row and their change, as the table prints them. */
export interface Comparison {
  label: string;
  current: number;
  previous: number;
  /** current - previous. */
  change: number;
  /** The % change as printed (one decimal), or null when the earlier count is 0. */
  percent: number | null;
  /** The unrounded change as a fraction of the earlier count, for ranking; null when that count is 0. */
  ratio: number | null;
}

/**
 * The latest two periods' counts of a row of a rolling-year, area-comparison, period-comparison or
 * partner-counts table and their change: the figures the recipe computed (`row.figures`), never its
 * cells (a table without figures has them read once, by `withFigures`). The % change is the printed
 * one, so a finding quotes the table exactly.
 *
 * Missing values: a row without figures, or whose counts are not available (N/A), has no comparison
 * (null): no finding is written from figures the table does not hold.
 *
 * @param _table the table (its rows carry their figures)
 * @param row one of its rows
 * @returns the comparison, or null when the row has no figures or its counts are N/A
 * @throws never
 * @example
 * comparisonOf(volumeByType, allCrimeRow); // => { current: 13594, previous: 10271, change: 3323, percent: 32.4, ... }
 */
export function comparisonOf(_table: TableModel, row: TableRow): Comparison | null {
  const figures = row.figures;
  if (!figures) return null;
  const [current, previous] = figures.counts;
  if (typeof current !== "number" || typeof previous !== "number") return null;
  return {
    label: figures.label,
    current,
    previous,
    change: current - previous,
    percent: figures.percent ?? null,
    ratio: previous === 0 ? null : (current - previous) / previous,
  };
}
