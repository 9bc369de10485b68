import type { Dataset } from "../data";
import { financialYear } from "../periods";
import { monthLabel } from "../periods";
import { LONG_MONTH_NAMES } from "../periods";
import type { CategoryGrouping } from "./category-grouping";
import { countCube } from "./count-cube";
import { cubeSeries } from "./cube-series";
import { groupingFor } from "./grouping-for";
import { needsMonths } from "./needs-months";
import { resolveArea } from "./resolve-area";
import { resolveCategory } from "./resolve-category";
import { sheetName } from "../house-style";
import { sourceLine } from "../house-style";
import type { TableCell, TableModel, TableRow } from "./table-model";
import { TableNotes } from "./table-notes";
import { NotAvailableError } from "..";

export interface FyPivotOptions {
  /** "All crime" (default), a group or a category (for a monthly count dataset, its one category). */
  category?: string | null;
  /** The area; every area when omitted. */
  area?: string | null;
  /** The month number the year starts in (default 4, April: financial years "2017/18"). */
  startMonth?: number | null;
  grouping?: CategoryGrouping | null;
}

/**
 * Recipe `fy-pivot` (seed table 5.6, needle finds): months across (April to March by default),
 * financial years down, each year's total at the end. A year the data cover only in part is marked:
 * its months outside the data are blank (not 0) and its total carries a footnote saying which months
 * it adds up.
 *
 * Missing values: months inside the data without records count 0; months outside the data are blank.
 *
 * @param dataset the records or monthly counts
 * @param options category, area, first month of the year
 * @returns the table
 * @throws {NotAvailableError} when the data are empty or the area or category is not in them
 * @throws {InputError} when `startMonth` is not 1 to 12
 * @example
 * fyPivot(needleFinds, { category: "Needle finds" }); // rows 2007/08 ... 2017/18
 */
export function fyPivot(dataset: Dataset, options: FyPivotOptions = {}): TableModel {
  const cube = countCube(dataset);
  if (cube.monthCount <= 0) throw new NotAvailableError("The data have no records, so no table can be made.");
  needsMonths(cube, "fy-pivot");
  const start = options.startMonth ?? 4;
  const area = resolveArea(cube, options.area);
  const category = resolveCategory(cube, options.category, groupingFor(cube, options.grouping));
  const notes = new TableNotes();
  const rows: TableRow[] = [];
  for (
    let fy = financialYear(cube.firstMonth, start);
    fy.startIndex <= cube.lastMonth;
    fy = financialYear(fy.endIndex + 1, start)
  ) {
    const counts = cubeSeries(cube, area.indices, category.indices, fy.startIndex, fy.endIndex);
    const inData = (k: number) => fy.startIndex + k >= cube.firstMonth && fy.startIndex + k <= cube.lastMonth;
    const cells: TableCell[] = counts.map((n, k) =>
      inData(k) ? { kind: "count", value: n } : { kind: "text", value: "" },
    );
    const total = counts.reduce((sum, n) => sum + n, 0);
    const first = Math.max(fy.startIndex, cube.firstMonth);
    const last = Math.min(fy.endIndex, cube.lastMonth);
    const partial = first !== fy.startIndex || last !== fy.endIndex;
    const totalCell: TableCell = partial
      ? {
          kind: "count",
          value: total,
          footnote: notes.mark(`${fy.label} is a part year: ${monthLabel(first)} to ${monthLabel(last)} only.`),
        }
      : { kind: "count", value: total };
    rows.push({ level: 0, kind: "data", cells: [{ kind: "text", value: fy.label }, ...cells, totalCell] });
  }
  const months = Array.from({ length: 12 }, (_, k) => ({ text: LONG_MONTH_NAMES[(start - 1 + k) % 12] }));
  return {
    recipe: "fy-pivot",
    title: `${category.label} by month and ${start === 1 ? "year" : "financial year"}, ${area.label}`,
    sheetName: sheetName(`${category.label} by year`),
    headerRows: [[{ text: "" }, ...months, { text: "Yearly Total" }]],
    rows,
    notes: notes.list(),
    source: sourceLine(dataset),
    dropped: dataset.dropped,
    subject: { area: area.label, category: category.label },
  };
}
