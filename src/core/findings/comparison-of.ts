import type { RowFigures, TableModel, TableRow } from "../tables";

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
 * The latest two periods' counts of a row of a rolling-year, area-comparison or period-comparison table:
 * the figures the recipe computed (`row.figures`), or for a table without them (read back from a sheet),
 * read from the cells before the number change (the first "change" cell): the latest period, then the
 * one before, then (optionally) one more. The number of periods comes from the table's subject, two
 * when it does not say. The % change is the printed one, so a finding quotes the table exactly.
 *
 * Missing values: a row whose counts are not available (N/A) has no comparison (null): no finding is
 * written from figures the table does not hold.
 *
 * @param table the table
 * @param row one of its rows
 * @returns the comparison, or null when the row has no change cell or its counts are N/A
 * @throws never
 * @example
 * comparisonOf(volumeByType, allCrimeRow); // => { current: 13594, previous: 10271, change: 3323, percent: 32.4, ... }
 */
export function comparisonOf(table: TableModel, row: TableRow): Comparison | null {
  if (row.figures) return fromFigures(row.figures);
  // A table not made by a recipe here (read back from a sheet, built by hand) has only its cells.
  const at = row.cells.findIndex((c) => c.kind === "change");
  const periods = table.subject?.periods?.length ?? 2;
  if (at < periods + 1) return null;
  const current = row.cells[at - periods].value;
  const previous = row.cells[at - periods + 1].value;
  if (typeof current !== "number" || typeof previous !== "number") return null;
  const printed = row.cells[at + 1]?.kind === "percentChange" ? row.cells[at + 1].value : null;
  return {
    label: String(row.cells[0].value ?? ""),
    current,
    previous,
    change: current - previous,
    percent: typeof printed === "number" ? printed : null,
    ratio: previous === 0 ? null : (current - previous) / previous,
  };
}

/** The comparison of a row from the figures its recipe computed. */
function fromFigures(figures: RowFigures): Comparison | null {
  const [current, previous] = figures.counts;
  if (typeof current !== "number" || typeof previous !== "number") return null;
  return {
    label: figures.label,
    current,
    previous,
    change: current - previous,
    percent: figures.percent,
    ratio: previous === 0 ? null : (current - previous) / previous,
  };
}
