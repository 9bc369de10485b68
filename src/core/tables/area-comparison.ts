import type { Dataset } from "../data";
import { monthLabel } from "../periods";
import { rollingYear } from "../periods";
import { areaLines } from "./area-rows";
import { counted } from "./counted";
import type { CategoryGrouping } from "./category-grouping";
import { countCube } from "./count-cube";
import { groupingFor } from "./grouping-for";
import { needsMonths } from "./needs-months";
import type { DivisionMap } from "./division-table";
import { resolveCategory } from "./resolve-category";
import { resolveEndMonth } from "./resolve-end-month";
import { rollingYearRow } from "./rolling-year-cells";
import { rollingYearHeader } from "./rolling-year-header";
import { sheetName } from "../house-style";
import { sourceLine } from "../house-style";
import type { TableModel } from "./table-model";
import { TableNotes } from "./table-notes";

export interface AreaComparisonOptions {
  /** "All crime" (default), a group of the grouping ("Violent crime") or a category of the data. */
  category?: string | null;
  /** The end month index; the latest month in the data when omitted. */
  endMonth?: number | null;
  /** Districts by division, for subtotals (seed 3.1's North, West and East Division). */
  divisions?: DivisionMap | null;
  /** The grouping whose groups `category` may name; the default police.uk grouping when omitted. */
  grouping?: CategoryGrouping | null;
  /** Add the rolling year two years before. */
  thirdYear?: boolean | null;
  /** The total row's label (default "Force"). */
  totalLabel?: string | null;
  /** Add a "Significant change" column at this level (such as 0.05); no column when omitted. */
  significance?: number | null;
}

/**
 * Recipe `area-comparison` (seed table 3.1): one category (or all crime) by area - the end month's
 * count, the rolling year ending then and a year earlier, number and % change - with division subtotals
 * when a divisions table is given, and a force total. Areas without a location and other forces' areas
 * get their own rows so the rows add up to the total (see `areaLines`).
 *
 * With `significance`, a "Significant change" column marks the changes the exact test for two Poisson
 * counts finds significant at that level (see `significanceCell`).
 *
 * Missing values: months without records count 0; a rolling year reaching before the data is N/A with a
 * footnote.
 *
 * @param dataset the records
 * @param options category, end month, divisions, grouping, third year, total label, significance level
 * @returns the table
 * @throws {NotAvailableError} when the category or end month is not in the data
 * @example
 * areaComparison(dataset, { category: "Violent crime", divisions: parseDivisionTable(kentDivisions) });
 */
export function areaComparison(dataset: Dataset, options: AreaComparisonOptions = {}): TableModel {
  const cube = countCube(dataset);
  needsMonths(cube, "area-comparison");
  const category = resolveCategory(cube, options.category, groupingFor(cube, options.grouping));
  const endMonth = resolveEndMonth(cube, options.endMonth);
  const years = options.thirdYear ? 3 : 2;
  const notes = new TableNotes();
  const totalLabel = options.totalLabel ?? "Force";
  const lines = areaLines(cube, options.divisions ?? null, totalLabel, notes);
  const rows = lines.map((line) => {
    const made = rollingYearRow(cube, line.areas, category.indices, endMonth, years, notes, options.significance);
    return {
      level: 0 as const,
      kind: line.kind,
      ...(line.kind === "data" && !line.own ? { apart: true } : {}),
      cells: [{ kind: "text" as const, value: line.label }, ...made.cells],
      figures: { label: line.label, ...made.figures },
    };
  });
  return {
    recipe: "area-comparison",
    title: `${category.label} by area, RY ending ${monthLabel(endMonth)}`,
    sheetName: sheetName(`${category.label} by area`),
    headerRows: rollingYearHeader(
      category.label,
      endMonth,
      years,
      options.significance !== null && options.significance !== undefined,
    ),
    rows,
    notes: notes.list(),
    source: sourceLine(dataset),
    dropped: dataset.dropped,
    subject: {
      category: category.label,
      totalLabel,
      noun: counted(cube).noun,
      periods: [0, 1, 2].slice(0, years).map((k) => rollingYear(endMonth, k)),
    },
  };
}
