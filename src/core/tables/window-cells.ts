import { monthLabel } from "../periods";
import { windowLabel } from "../periods";
import type { MonthWindow } from "../periods";
import { changeCells } from "./change-cells";
import { significanceCell } from "./significance-cell";
import type { CountCube } from "./count-cube";
import { cubeSum } from "./cube-sum";
import type { RowFigures, TableCell } from "./table-model";
import type { TableNotes } from "./table-notes";

/**
 * The count cells of a row's periods, latest first, then the number change and % change between the
 * latest two: the comparison at the heart of the rolling-year (seed 2.6, 3.1) and period-comparison
 * (seed 4.1, 3.2) tables, kept in one place so both treat a period the data cannot fill alike.
 *
 * A period starting before the data is not counted as a smaller number: it is N/A with a footnote,
 * and so are the changes that need it. A % change from 0 is N/A with its own footnote.
 *
 * Missing values: months inside the data without records count 0.
 *
 * @param cube the count cube
 * @param areas area indices, or null for all areas
 * @param categories category indices
 * @param windows the periods, latest first (two or more)
 * @param noun what a period is called in the footnote ("rolling year", "period")
 * @param notes the table's notes, which receive the footnote explanations
 * @param level when given, a "Significant change" cell follows (see `significanceCell`) at this level
 * @returns one count cell per period, then the number change and % change cells (and the significance cell)
 * @example
 * windowCells(cube, [maidstone], violent, [rollingYear(end), rollingYear(end, 1)], "rolling year", notes);
 * // => counts 5378, 3743, change +1635, +43.7%
 */
export function windowCells(
  cube: CountCube,
  areas: readonly number[] | null,
  categories: readonly number[],
  windows: readonly MonthWindow[],
  noun: string,
  notes: TableNotes,
  level?: number | null,
): TableCell[] {
  return windowRow(cube, areas, categories, windows, noun, notes, level).cells;
}

/**
 * The cells of `windowCells` and the figures behind them (the counts, the change and the printed %
 * change), so a row can carry what was computed beside what is shown.
 *
 * @param cube the count cube
 * @param areas area indices, or null for all areas
 * @param categories category indices
 * @param windows the periods, latest first (two or more)
 * @param noun what a period is called in the footnote
 * @param notes the table's notes
 * @param level the significance level of a "Significant change" cell, if any
 * @returns the cells and the figures (without the row's label)
 * @example
 * windowRow(cube, [maidstone], violent, windows, "rolling year", notes).figures; // => { counts: [5378, 3743], change: 1635, percent: 43.7 }
 */
export function windowRow(
  cube: CountCube,
  areas: readonly number[] | null,
  categories: readonly number[],
  windows: readonly MonthWindow[],
  noun: string,
  notes: TableNotes,
  level?: number | null,
): { cells: TableCell[]; figures: Omit<RowFigures, "label"> } {
  const totals = windows.map((w) =>
    w.first < cube.firstMonth ? null : cubeSum(cube, { areas, categories, months: [w.first, w.last] }),
  );
  const missing = `The data start in ${monthLabel(cube.firstMonth)}, so a ${noun} starting before then cannot be counted in full.`;
  const cells: TableCell[] = totals.map((t) =>
    t === null ? { kind: "count", value: null, footnote: notes.mark(missing) } : { kind: "count", value: t },
  );
  const changes = changeCells(totals[0], totals[1], missing, notes);
  const figures = {
    counts: totals,
    change: typeof changes[0].value === "number" ? changes[0].value : null,
    percent: typeof changes[1].value === "number" ? changes[1].value : null,
  };
  if (level === null || level === undefined) return { cells: [...cells, ...changes], figures };
  const periods = `${windowLabel(windows[0])} and ${windowLabel(windows[1])}`;
  return {
    cells: [...cells, ...changes, significanceCell(totals[0], totals[1], level, periods, notes, changes[0].footnote)],
    figures,
  };
}
