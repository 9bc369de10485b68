import { rollingYear } from "../periods";
import type { CountCube } from "./count-cube";
import { cubeSum } from "./cube-sum";
import type { RowFigures, TableCell } from "./table-model";
import type { TableNotes } from "./table-notes";
import { windowRow } from "./window-cells";

/**
 * The cells after the label in a rolling-year table row (seed 2.6 and 3.1): the end month's count, the
 * rolling year ending at the end month, the one a year earlier (and optionally two years earlier), the
 * number change and the % change between the latest two years.
 *
 * A rolling year that starts before the data does is not counted as a smaller number: it is N/A with a
 * footnote, and so are the changes that need it. A % change from 0 is N/A with its own footnote.
 *
 * Missing values: months inside the data without records count 0.
 *
 * @param cube the count cube
 * @param areas area indices, or null for all areas
 * @param categories category indices
 * @param endMonth the end month index (inside the data)
 * @param years 2 or 3 rolling years
 * @param notes the table's notes, which receive the footnote explanations
 * @param level when given, a "Significant change" cell at this significance level follows the % change
 * @returns the cells: month, RY ending M, RY ending M-12, [RY ending M-24], number change, % change
 * @example
 * rollingYearCells(cube, [maidstone], violent, monthIndex(2017, 10), 2, notes);
 * // => counts 588, 5378, 3743, change +1635, +43.7%
 */
export function rollingYearCells(
  cube: CountCube,
  areas: readonly number[] | null,
  categories: readonly number[],
  endMonth: number,
  years: 2 | 3,
  notes: TableNotes,
  level?: number | null,
): TableCell[] {
  return rollingYearRow(cube, areas, categories, endMonth, years, notes, level).cells;
}

/**
 * The cells of `rollingYearCells` and the figures of the rolling years behind them (see `windowRow`).
 *
 * @param cube the count cube
 * @param areas area indices, or null for all areas
 * @param categories category indices
 * @param endMonth the end month index
 * @param years 2 or 3 rolling years
 * @param notes the table's notes
 * @param level the significance level of a "Significant change" cell, if any
 * @returns the cells and the figures (without the row's label)
 * @example
 * rollingYearRow(cube, [maidstone], violent, monthIndex(2017, 10), 2, notes).figures.counts; // => [5378, 3743]
 */
export function rollingYearRow(
  cube: CountCube,
  areas: readonly number[] | null,
  categories: readonly number[],
  endMonth: number,
  years: 2 | 3,
  notes: TableNotes,
  level?: number | null,
): { cells: TableCell[]; figures: Omit<RowFigures, "label"> } {
  const month: TableCell = { kind: "count", value: cubeSum(cube, { areas, categories, months: [endMonth, endMonth] }) };
  const windows = Array.from({ length: years }, (_, k) => rollingYear(endMonth, k));
  const row = windowRow(cube, areas, categories, windows, "rolling year", notes, level);
  return { cells: [month, ...row.cells], figures: row.figures };
}
