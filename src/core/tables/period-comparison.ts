import { optionRef } from "..";
import type { Dataset } from "../data";
import { capitalised } from "../change";
import { NotAvailableError, OptionError } from "..";
import { rankAscending } from "../change";
import { windowLabel } from "../periods";
import { counted } from "./counted";
import { groupingFor } from "./grouping-for";
import { periodsHeld } from "./periods-held";
import { areaLines } from "./area-rows";
import type { CategoryGrouping } from "./category-grouping";
import { countCube, type CountCube } from "./count-cube";
import { withoutFileTotal } from "./file-total";
import type { RankChoice } from "./rank-choice";
import { rankNote } from "../house-style";
import { resolveArea } from "./resolve-area";
import { resolveCategory } from "./resolve-category";
import { resolveEndMonth } from "./resolve-end-month";
import { sheetName } from "../house-style";
import { sourceLine } from "../house-style";
import type { HeaderCell, TableCell, TableModel, TableRow, TableSubject } from "./table-model";
import { TableNotes } from "./table-notes";
import { windowRow } from "./window-cells";

export interface PeriodComparisonOptions {
  /** Rows by "area" (default; seed 4.1, 3.2) or by "category". */
  by?: "area" | "category" | null;
  /** For rows by area: the category, group or "All crime" (default). */
  category?: string | null;
  /** For rows by category: the area (default all areas). */
  area?: string | null;
  /** The last month of the latest period; the latest month in the data when omitted. */
  endMonth?: number | null;
  /** Months in each period (default 12; seed 3.2 compares April - October, 7 months). */
  periodMonths?: number | null;
  /** 2 (default) or 3 periods, each a year before the next. */
  periods?: number | null;
  grouping?: CategoryGrouping | null;
  /** The total row's label (default "Force" by area, "All crime" by category). */
  totalLabel?: string | null;
  /** Add a "Significant change" column at this level (such as 0.05), before the ranking; none when omitted. */
  significance?: number | null;
  /** The ranking column: "lowest" (default, 1 = the largest fall), "highest" (1 = the largest rise) or "none". */
  rank?: RankChoice | null;
  /** False to leave out the total row (seed 5.4 prints none); shown by default. */
  totalRow?: boolean | null;
}

interface Line {
  label: string;
  kind: TableRow["kind"];
  areas: number[] | null;
  categories: number[];
  ranked: boolean;
}

/**
 * Recipe `period-comparison` (seed 4.1 and 3.2): two or three periods of equal length a year apart
 * (rolling years by default) by area or by category, the number and % difference between the latest
 * two, and a ranking by % difference (1 = the largest fall, ties shared; ranked on the unrounded
 * change, as the seed ranks Thanet's -13.00% before Gravesham's -12.95%, both printed -13.0%). Ranked rows are sorted by
 * rank as the seed prints them; unranked rows (unknown and other areas) and the total follow.
 *
 * With `totalLabel`, a row of that name in the data is the file's own total (a partner's "All Kent"): it is
 * checked against the other rows and shown as the total row (see `withoutFileTotal`). With `rank` "none"
 * there is no ranking column; "highest" ranks the largest rise 1; either way given, a note says which way.
 *
 * With `significance`, a "Significant change" column before the ranking marks the differences the exact
 * test for two Poisson counts finds significant at that level (see `significanceCell`).
 *
 * Missing values: a period reaching before the data is N/A with a footnote; a % difference from 0 is
 * N/A with a footnote and not ranked.
 *
 * @param dataset the records
 * @param options rows by area or category, category or area, end month, period length and number
 * @returns the table
 * @throws {InputError} when `periods` is not 2 or 3 or `periodMonths` not 1 to 12
 * @throws {NotAvailableError} when the area, category or end month is not in the data
 * @example
 * periodComparison(dataset, { category: "Anti-social behaviour", periods: 3 }); // seed 4.1
 */
export function periodComparison(dataset: Dataset, options: PeriodComparisonOptions = {}): TableModel {
  const cube = withoutFileTotal(countCube(dataset), options.totalLabel);
  const endMonth = resolveEndMonth(cube, options.endMonth);
  const count = options.periods ?? 2;
  const length = options.periodMonths ?? 12;
  if (count !== 2 && count !== 3) throw new OptionError(`A period comparison has 2 or 3 periods, not ${count}.`);
  if (!Number.isInteger(length) || length < 1 || length > 12)
    throw new OptionError(`Each period must be 1 to 12 months, not ${length}.`);
  wholePeriods(cube, endMonth, length);
  const windows = Array.from({ length: count }, (_, k) => ({
    first: endMonth - 12 * k - length + 1,
    last: endMonth - 12 * k,
  }));
  const notes = new TableNotes();
  const { lines, subject, about } =
    options.by === "category" ? categoryLines(cube, options) : areaRows(cube, options, notes);
  const level = options.significance ?? null;
  const shown = options.totalRow === false ? lines.filter((line) => line.kind !== "total") : lines;
  const rows = shown.map((line) => ({
    line,
    ...windowRow(cube, line.areas, line.categories, windows, "period", notes, level),
  }));
  const rank = options.rank ?? "lowest";
  const sign = rank === "highest" ? -1 : 1;
  const ranks = rankAscending(
    rows.map((r) => (r.line.ranked && rank !== "none" ? scaled(exactChange(r.cells), sign) : null)),
  );
  if (options.rank && rank !== "none") notes.add(rankNote(rank, "change"));
  const order = rows.map((_, i) => i).sort((a, b) => sortKey(ranks, rows, a) - sortKey(ranks, rows, b));
  return {
    recipe: "period-comparison",
    title: `${subject}, ${windowLabel(windows[0])} compared with ${windowLabel(windows[1])}`,
    sheetName: sheetName(`Periods ${subject}`),
    headerRows: [header(options.by === "category" ? "Category" : "Area", windows, level !== null, rank !== "none")],
    rows: order.map((i) => ({
      level: 0,
      kind: rows[i].line.kind,
      ...(rows[i].line.kind === "data" && !rows[i].line.ranked ? { apart: true } : {}),
      cells: [
        { kind: "text", value: rows[i].line.label },
        ...rows[i].cells,
        ...(rank === "none" ? [] : [rankCell(ranks[i])]),
      ],
      figures: { label: rows[i].line.label, ...rows[i].figures, rank: ranks[i] },
    })),
    // Every ranked table says which way its ranking runs (issue 22 item 5).
    notes: [
      ...notes.list(),
      "Ranking: 1 is the largest fall in % difference (or, where every area rose, the smallest rise); ties share a rank.",
    ],
    source: sourceLine(dataset),
    dropped: dataset.dropped,
    subject: { ...about, periods: windows },
  };
}

type Rows = { lines: Line[]; subject: string; about: TableSubject };

function areaRows(cube: CountCube, options: PeriodComparisonOptions, notes: TableNotes): Rows {
  const category = resolveCategory(cube, options.category, groupingFor(cube, options.grouping));
  const totalLabel = options.totalLabel ?? "Force";
  const lines = areaLines(cube, null, totalLabel, notes).map((l) => ({
    label: l.label,
    kind: l.kind,
    areas: l.areas,
    categories: category.indices,
    ranked: l.own,
  }));
  return {
    lines,
    subject: `${category.label} by area`,
    about: { category: category.label, totalLabel, noun: counted(cube).noun },
  };
}

function categoryLines(cube: CountCube, options: PeriodComparisonOptions): Rows {
  const area = resolveArea(cube, options.area);
  const what = counted(cube);
  const crimes = what.totalIndices;
  const lines: Line[] = crimes.map((c) => ({
    label: cube.categories[c],
    kind: "data",
    areas: area.indices,
    categories: [c],
    ranked: true,
  }));
  const totalLabel = options.totalLabel ?? what.total;
  lines.push({ label: totalLabel, kind: "total", areas: area.indices, categories: crimes, ranked: false });
  return {
    lines,
    subject: `${what.crimes ? "Crime" : capitalised(what.noun)} by type, ${area.label}`,
    about: { area: area.label, category: what.total, totalLabel, noun: what.noun },
  };
}

/**
 * Yearly and quarterly data can be compared only in whole periods: a 7-month period of yearly totals
 * would count a whole year, so the period length and end month must fall on the data's periods.
 */
function wholePeriods(cube: CountCube, endMonth: number, length: number): void {
  if (cube.periodUnit === "month") return;
  const step = cube.periodUnit === "year" ? 12 : 3;
  const endsPeriod = (endMonth - (cube.yearStart - 1) + 1) % step === 0;
  if (length % step !== 0 || !endsPeriod) {
    throw new NotAvailableError(
      `The data hold ${periodsHeld(cube)}, so periods must be whole ${cube.periodUnit === "year" ? `years (${optionRef("periodMonths")} 12)` : "quarters (3, 6, 9 or 12 months)"} ending at the end of one; choose another period length or end month.`,
    );
  }
}

/** The unrounded % change the ranking uses (the seed ranks Thanet's -13.003% above Gravesham's -12.95%). */
function exactChange(cells: TableCell[]): number | null {
  const [current, previous] = [cells[0].value, cells[1].value];
  if (typeof current !== "number" || typeof previous !== "number" || previous === 0) return null;
  return (current - previous) / previous;
}

function scaled(change: number | null, sign: number): number | null {
  return change === null ? null : sign * change;
}

function sortKey(ranks: (number | null)[], rows: { line: Line }[], i: number): number {
  const base = rows[i].line.kind === "total" ? 3e9 : rows[i].line.ranked ? 0 : 2e9;
  return base + (ranks[i] ?? 1e9) * 1e4 + i;
}

function rankCell(rank: number | null): TableCell {
  return rank === null ? { kind: "text", value: "" } : { kind: "rank", value: rank };
}

function header(
  corner: string,
  windows: { first: number; last: number }[],
  significance: boolean,
  ranked: boolean,
): HeaderCell[] {
  const marked = significance ? [{ text: "Significant change" }] : [];
  const ranking = ranked ? [{ text: "Ranking" }] : [];
  return [
    { text: corner },
    ...windows.map((w) => ({ text: windowLabel(w) })),
    { text: "Number difference" },
    { text: "% difference" },
    ...marked,
    ...ranking,
  ];
}
