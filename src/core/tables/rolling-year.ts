import type { Dataset } from "../data";
import { monthLabel } from "../periods";
import { rollingYear as rollingYearWindow } from "../periods";
import { counted } from "./counted";
import { groupingFor } from "./grouping-for";
import { needsMonths } from "./needs-months";
import type { CategoryGrouping } from "./category-grouping";
import { countCube, type CountCube } from "./count-cube";
import { cubeSum } from "./cube-sum";
import { nameIndices } from "./name-indices";
import { resolveArea } from "./resolve-area";
import { resolveEndMonth } from "./resolve-end-month";
import { rollingYearRow } from "./rolling-year-cells";
import { rollingYearHeader } from "./rolling-year-header";
import { sheetName } from "../house-style";
import { sourceLine } from "../house-style";
import type { TableModel, TableRow } from "./table-model";
import { TableNotes } from "./table-notes";

export interface RollingYearOptions {
  /** The area (district) the table is for; every area when omitted. */
  area?: string | null;
  /** The end month index; the latest month in the data when omitted. */
  endMonth?: number | null;
  /** The report's crime groups; the default police.uk grouping (seed 2.6) when omitted. */
  grouping?: CategoryGrouping | null;
  /** Add the rolling year two years before (seed 2.6's third year). */
  thirdYear?: boolean | null;
  /** Add a "Significant change" column at this level (such as 0.05); no column when omitted. */
  significance?: number | null;
}

/**
 * Recipe `rolling-year` (seed table 2.6): crimes by type for one area - the end month's count, the
 * rolling year ending at that month, the rolling year a year earlier (optionally two), the number change
 * and the % change. Rows follow the grouping (summaries, groups, "- " sub-groups), then any crime types
 * the grouping does not place, then "All crime", which leaves out anti-social behaviour.
 *
 * With `significance`, a "Significant change" column marks the changes the exact test for two Poisson
 * counts finds significant at that level (see `significanceCell`).
 *
 * Missing values: months without records count 0; a rolling year reaching before the data is N/A with a
 * footnote, never a short count.
 *
 * @param dataset the records
 * @param options area, end month, grouping, third year, significance level
 * @returns the table
 * @throws {NotAvailableError} when the area or end month is not in the data, or the data are empty
 * @example
 * rollingYear(dataset, { area: "Maidstone", endMonth: monthIndex(2017, 10) });
 */
export function rollingYear(dataset: Dataset, options: RollingYearOptions = {}): TableModel {
  const cube = countCube(dataset);
  needsMonths(cube, "rolling-year");
  const area = resolveArea(cube, options.area);
  const what = counted(cube);
  const endMonth = resolveEndMonth(cube, options.endMonth);
  const years = options.thirdYear ? 3 : 2;
  const grouping = groupingFor(cube, options.grouping);
  const notes = new TableNotes();
  const row = (label: string, level: 0 | 1, kind: TableRow["kind"], categories: number[]): TableRow => {
    const made = rollingYearRow(cube, area.indices, categories, endMonth, years, notes, options.significance);
    return { level, kind, cells: [{ kind: "text", value: label }, ...made.cells], figures: { label, ...made.figures } };
  };
  const rows = grouping.lines.map((l) => row(l.label, l.level, l.kind, nameIndices(cube.categories, l.categories)));
  for (const c of unplaced(cube, grouping)) rows.push(row(cube.categories[c], 0, "data", [c]));
  rows.push(row(what.total, 0, "total", what.totalIndices));
  noteLeftOut(cube, grouping, area.indices, endMonth, notes);
  return {
    recipe: "rolling-year",
    title: `Volume of ${what.noun} by type, ${area.label}, RY ending ${monthLabel(endMonth)}`,
    sheetName: sheetName(`Rolling year ${area.label}`),
    headerRows: rollingYearHeader("", endMonth, years, isLevel(options.significance)),
    rows,
    notes: notes.list(),
    source: sourceLine(dataset),
    dropped: dataset.dropped,
    subject: {
      area: area.label,
      category: what.total,
      noun: what.noun,
      periods: [0, 1, 2].slice(0, years).map((k) => rollingYearWindow(endMonth, k)),
    },
  };
}

function isLevel(level: number | null | undefined): boolean {
  return level !== null && level !== undefined;
}

/** Categories of the total the grouping does not place (for crimes, anti-social behaviour excepted). */
function unplaced(cube: CountCube, grouping: CategoryGrouping): number[] {
  const placed = new Set(nameIndices(cube.categories, grouping.categories));
  return counted(cube).totalIndices.filter((c) => !placed.has(c));
}

function noteLeftOut(
  cube: CountCube,
  grouping: CategoryGrouping,
  areas: number[] | null,
  endMonth: number,
  notes: TableNotes,
): void {
  const what = counted(cube);
  const crimes = new Set(what.totalIndices);
  const others = cube.categories.map((_, i) => i).filter((i) => !crimes.has(i));
  // The data may cover only part of the rolling year (one month of police.uk files): say which months the count is for.
  const from = Math.max(endMonth - 11, cube.firstMonth);
  const span =
    from === endMonth - 11
      ? "the rolling year"
      : from === endMonth
        ? monthLabel(endMonth)
        : `${monthLabel(from)} to ${monthLabel(endMonth)}`;
  for (const c of others) {
    const n = cubeSum(cube, { areas, categories: [c], months: [endMonth - 11, endMonth] });
    notes.add(`${cube.categories[c]} (${n} in ${span}) is not a crime and is left out of All crime.`);
  }
  if (grouping.lines.length === 0) return;
  for (const c of unplaced(cube, grouping)) {
    notes.add(
      `${cube.categories[c]} is not in the ${what.crimes ? "crime " : ""}grouping, so it is shown on its own and counted in ${what.total}.`,
    );
  }
}
