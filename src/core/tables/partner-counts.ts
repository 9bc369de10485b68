import { optionRef } from "..";
import { InputError, OptionError } from "..";
import { partnerCell, type PartnerCell } from "../cells";
import { partnerSum } from "../cells";
import { changeOverGap } from "../change";
import { countWords } from "../change";
import { rankAscending } from "../change";
import { ratePer } from "../change";
import { roundHalfAway } from "../change";
import { cellText } from "../cells";
import { periodHeading } from "../periods";
import { monthName } from "../periods";
import type { NamedPeriod } from "../periods";
import { nameKey } from "./name-key";
import type { RankChoice } from "./rank-choice";
import { rankNote } from "../house-style";
import { sheetName } from "../house-style";
import type { HeaderCell, RowFigures, TableCell, TableModel, TableRow } from "./table-model";
import { TableNotes } from "./table-notes";

/** Which earlier period a change is from: the one before the latest, the same period a year before, or the first. */
export type ChangeFrom = "previous" | "year" | "first";

export interface PartnerCountsOptions {
  /** The partner's table, header row first: labels in the first column, a column per period. */
  table: readonly (readonly unknown[])[];
  /** The month number split years ("2015/16") start in; default 4 (April). */
  startMonth?: number | null;
  /** The changes shown, each a number and a %: default ["previous"]. */
  changes?: readonly ChangeFrom[] | null;
  /** Rates per this many of the population column (`--per 10000`); no rate column when absent. */
  per?: number | null;
  /** The population column's header; default a column headed "Population". */
  populationColumn?: string | null;
  /** The ranking column: "none" (default), "lowest" or "highest" = 1; by the rate, else by the % change. */
  rank?: RankChoice | null;
  /** The total row's label (default "Total"); a row of that label in the table is its own total, checked. */
  totalLabel?: string | null;
  /** False to show no total row (a table of unlike rows, seed 5.4 and 2.6). */
  totalRow?: boolean | null;
  /** Rows not comparable before a period (seed 3.5's Sheerness, 2.6's burglary): label -> the first comparable month. */
  breaks?: ReadonlyMap<string, number> | null;
  /** The table's title; default the corner heading and the latest period. */
  title?: string | null;
  /** The source line; default "Source: partner's table". */
  source?: string | null;
}

interface Column {
  at: number;
  heading: string;
  period: NamedPeriod;
}

interface Line {
  label: string;
  level: 0 | 1;
  kind: TableRow["kind"];
  cells: PartnerCell[];
  population: PartnerCell | null;
}

const POPULATION = /^(population|pop\.?)\b|\bpopulation$/i;
const TABLE = "The partner's table";

/**
 * Recipe `partner-counts` (seed 3.5, 2.6, 1.7, 6.1): a partner's own table of counts by named period
 * (one-stop shop visitors by year, claimant counts by month, crimes by rolling year), kept as the partner
 * wrote it - its rows, its period headings and their order, its "n/a" and "*" cells - with the changes the
 * analyst asks for between periods of the same length (the latest against the one before, the same period a
 * year before, or the first), a rate per any base from its population column, a ranking either way, and a
 * total row: the table's own, checked against its rows, or one added up.
 *
 * Missing values: "n/a", "N/A*" or a blank (a service not yet open) stays n/a and a "*", "-" or ".." stays
 * held back; no change, rate or total is worked from either as 0. A total adds the rows with a figure and is
 * held back when any row is; a change across a row's series break is n/a with a footnote.
 *
 * @param options the table and what to show
 * @returns the table
 * @throws {InputError} naming the row and column of a cell that is neither a count nor a marker, when no
 *   column is headed by a period, or when the table's own total is not the sum of its rows
 * @throws {OptionError} when a change asks for a period the table does not hold, or a rate has no population
 * @example
 * partnerCounts({ table: oneStopShops, startMonth: 7, per: 10000, totalLabel: "Total" }); // seed 3.5
 */
export function partnerCounts(options: PartnerCountsOptions): TableModel {
  const header = (options.table[0] ?? []).map(cellText);
  const columns = periodColumns(header, options.startMonth ?? undefined);
  const populationAt = populationColumn(header, options.populationColumn);
  const notes = new TableNotes();
  const totalLabel = options.totalLabel ?? "Total";
  const read = readLines(options.table, columns, populationAt, totalLabel);
  const lines = [
    ...read.lines,
    ...(options.totalRow === false ? [] : [read.total ?? addedUp(read.lines, totalLabel, columns.length, notes)]),
  ];
  const latest = latestColumn(columns);
  const chosen: readonly ChangeFrom[] = options.changes?.length ? options.changes : ["previous"];
  const changes = chosen.map((from) => ({ from, earlier: earlierColumn(columns, latest, from) }));
  const per = options.per ?? null;
  if (per !== null && populationAt < 0)
    throw new OptionError(
      `A rate per ${countWords(per)} needs a population column; ${TABLE.toLowerCase()} has none headed "Population" (name it with ${optionRef("populationColumn")}).`,
    );
  const rows: TableRow[] = lines.map((line) => ({
    level: line.level,
    kind: line.kind,
    figures: rowFigures(line, latest, changes[0].earlier, options.breaks ?? null, columns),
    cells: [
      { kind: "text", value: line.label },
      ...line.cells.map(countCell),
      ...changes.flatMap((c) => changeCells(line, columns, latest, c.earlier, options.breaks ?? null, notes)),
      ...(per === null ? [] : [rateCell(line.cells[latest], line.population, per)]),
    ],
  }));
  addRanks(
    rows,
    lines,
    options.rank ?? "none",
    per !== null ? 1 + columns.length + 2 * changes.length : 1 + columns.length + 1,
    per !== null,
    notes,
  );
  if (read.lines.some((l) => l.cells.some((c) => c.kind !== "number")))
    notes.add("n/a: no figure (not counted as 0); *, -, ..: held back by the partner.");
  return {
    recipe: "partner-counts",
    title: options.title ?? `${header[0] || "Counts"}, ${columns[latest].heading}`,
    sheetName: sheetName(options.title ?? (header[0] || "Partner counts")),
    headerRows: headerRows(header[0] ?? "", columns, changes, per, latest, options.rank ?? "none"),
    rows,
    notes: notes.list(),
    source: options.source ?? "Source: partner's table",
  };
}

function periodColumns(header: string[], startMonth: number | undefined): Column[] {
  const columns = header
    .map((heading, at) => ({ at, heading, period: at === 0 ? undefined : periodHeading(heading, startMonth) }))
    .filter((c): c is Column => c.period !== undefined);
  if (columns.length === 0)
    throw new InputError(
      `${TABLE} has no column headed by a period (such as "2015/16", "Nov 2016 - Oct 2017" or "October 2017"); its headings are ${header.map((h) => `"${h}"`).join(", ")}.`,
    );
  return columns;
}

function populationColumn(header: string[], name: string | null | undefined): number {
  if (name) {
    const at = header.findIndex((h) => nameKey(h) === nameKey(name));
    if (at < 0)
      throw new InputError(
        `${TABLE} has no column "${name}" (${optionRef("populationColumn")}); its headings are ${header.map((h) => `"${h}"`).join(", ")}.`,
      );
    return at;
  }
  return header.findIndex((h, at) => at > 0 && POPULATION.test(h.trim()));
}

function readLines(table: PartnerCountsOptions["table"], columns: Column[], populationAt: number, totalLabel: string) {
  const lines: Line[] = [];
  let total: Line | null = null;
  for (let r = 1; r < table.length; r++) {
    const row = table[r] ?? [];
    const raw = cellText(row[0]);
    if (raw === "" && columns.every((c) => cellText(row[c.at]) === "")) continue;
    const level = /^[-\u2013]\s+/.test(raw) ? 1 : 0;
    const label = raw.replace(/^[-\u2013]\s+/, "");
    const cells = columns.map((c) => countOf(row[c.at], r + 1, c.heading));
    const population = populationAt < 0 ? null : countOf(row[populationAt], r + 1, "Population");
    const line: Line = { label, level, kind: "data", cells, population };
    if (nameKey(label) === nameKey(totalLabel)) total = { ...line, kind: "total" };
    else lines.push(line);
  }
  if (total) checkTotal(total, lines, columns);
  return { lines, total };
}

function countOf(value: unknown, row: number, column: string): PartnerCell {
  const cell = partnerCell(value);
  if (cell.kind === "notApplicable" && !["", "n/a", "na", "not applicable"].includes(cell.marker.toLowerCase())) {
    throw new InputError(
      `${TABLE}, row ${row}, column "${column}": "${cell.marker}" is not a count; write n/a (or leave it blank) for no figure, or * for a count held back.`,
    );
  }
  return cell;
}

/** The table's own total must be the sum of its top-level rows with a figure, or the table is refused. */
function checkTotal(total: Line, lines: Line[], columns: Column[]): void {
  columns.forEach((column, k) => {
    const given = total.cells[k];
    const sum = partnerSum(lines.filter((l) => l.level === 0).map((l) => l.cells[k]));
    if (given.kind === "number" && sum.kind === "number" && Math.abs(given.value - sum.value) > 1e-9) {
      throw new InputError(
        `${TABLE}'s "${total.label}" row is taken as its total (${optionRef("totalLabel")}), but the rows above it do not add up to it: ${column.heading} holds ${given.value} there and ${sum.value} in the rows. Correct the table, or give another ${optionRef("totalLabel")}.`,
      );
    }
  });
}

function addedUp(lines: Line[], label: string, width: number, notes: TableNotes): Line {
  const top = lines.filter((l) => l.level === 0);
  if (top.some((l) => l.cells.some((c) => c.kind === "notApplicable")))
    notes.add(`${label} adds the rows with a figure in each period.`);
  const cells = Array.from({ length: width }, (_, k) => partnerSum(top.map((l) => l.cells[k])));
  const people = top.map((l) => l.population);
  const population = people.some((p) => p === null) ? null : partnerSum(people as PartnerCell[]);
  return { label, level: 0, kind: "total", cells, population };
}

/** The latest period: the one ending last, the longest of those (a rolling year over its last month). */
function latestColumn(columns: Column[]): number {
  let best = 0;
  columns.forEach((c, k) => {
    const b = columns[best].period;
    if (c.period.last > b.last || (c.period.last === b.last && c.period.first < b.first)) best = k;
  });
  return best;
}

function earlierColumn(columns: Column[], latest: number, from: ChangeFrom): number {
  const l = columns[latest].period;
  const length = l.last - l.first;
  const same = columns
    .map((c, k) => ({ c, k }))
    .filter(({ c, k }) => k !== latest && c.period.last - c.period.first === length && c.period.last < l.last);
  const found =
    from === "previous"
      ? same.filter(({ c }) => c.period.last < l.first).sort((a, b) => b.c.period.last - a.c.period.last)[0]
      : from === "year"
        ? same.find(({ c }) => c.period.first === l.first - 12)
        : same.sort((a, b) => a.c.period.first - b.c.period.first)[0];
  if (!found)
    throw new OptionError(
      `${TABLE} has no ${from === "year" ? "period a year before" : from === "first" ? "earlier period as long as" : "period before"} ${columns[latest].heading} to compare it with.`,
    );
  return found.k;
}

function countCell(cell: PartnerCell): TableCell {
  if (cell.kind === "number")
    return { kind: "count", value: cell.value, ...(cell.footnote ? { footnote: cell.footnote } : {}) };
  // Shown as the partner wrote it ("n/a", "N/A*", "*"); a blank is "n/a".
  return { kind: "text", value: (cell.marker || "n/a") + (cell.kind === "notApplicable" ? (cell.footnote ?? "") : "") };
}

function changeCells(
  line: Line,
  columns: Column[],
  latest: number,
  earlier: number,
  breaks: ReadonlyMap<string, number> | null,
  notes: TableNotes,
): TableCell[] {
  const broken = [...(breaks ?? new Map<string, number>())].find(([label]) => nameKey(label) === nameKey(line.label));
  if (broken && columns[earlier].period.first < broken[1]) {
    const footnote = notes.mark(
      `${line.label} cannot be compared with periods starting before ${monthName(broken[1])}.`,
    );
    return [
      { kind: "text", value: "n/a", footnote },
      { kind: "text", value: "n/a", footnote },
    ];
  }
  const change = changeOverGap([line.cells[earlier], line.cells[latest]], 1);
  return [
    change.number === null ? { kind: "text", value: "n/a" } : { kind: "change", value: change.number },
    change.percent === null ? { kind: "text", value: "n/a" } : { kind: "percentChange", value: change.percent },
  ];
}

/**
 * The row's latest count and the count of its first change's earlier period, as the findings read them;
 * across a series break (or from a count that is n/a or held back) the earlier count is null, so no
 * finding compares what the table does not.
 */
function rowFigures(
  line: Line,
  latest: number,
  earlier: number,
  breaks: ReadonlyMap<string, number> | null,
  columns: Column[],
): RowFigures {
  const broken = [...(breaks ?? new Map<string, number>())].some(
    ([label, first]) => nameKey(label) === nameKey(line.label) && columns[earlier].period.first < first,
  );
  const value = (cell: PartnerCell) => (cell.kind === "number" ? cell.value : null);
  const current = value(line.cells[latest]);
  const previous = broken ? null : value(line.cells[earlier]);
  const change = changeOverGap([line.cells[earlier], line.cells[latest]], 1);
  return {
    label: line.label,
    counts: [current, previous],
    change: previous === null ? null : change.number,
    percent: previous === null ? null : change.percent,
  };
}

function rateCell(count: PartnerCell, population: PartnerCell | null, per: number): TableCell {
  if (count.kind !== "number" || !population || population.kind !== "number") return { kind: "text", value: "n/a" };
  const rate = ratePer(count.value, population.value, per);
  return rate === null ? { kind: "text", value: "n/a" } : { kind: "rate", value: roundHalfAway(rate, 1), decimals: 1 };
}

/** Ranks the top-level data rows by the cell at `keyAt` (the rate, else the first % change), 1 = lowest or highest. */
function addRanks(
  rows: TableRow[],
  lines: Line[],
  rank: RankChoice,
  keyAt: number,
  byRate: boolean,
  notes: TableNotes,
): void {
  if (rank === "none") return;
  const sign = rank === "highest" ? -1 : 1;
  const ranks = rankAscending(
    rows.map((r, i) => {
      const cell = r.cells[keyAt];
      return lines[i].kind === "data" && lines[i].level === 0 && cell.kind !== "text" && typeof cell.value === "number"
        ? sign * cell.value
        : null;
    }),
  );
  rows.forEach((r, i) =>
    r.cells.push(ranks[i] === null ? { kind: "text", value: "" } : { kind: "rank", value: ranks[i] as number }),
  );
  notes.add(rankNote(rank, byRate ? "rate" : "change"));
}

function headerRows(
  corner: string,
  columns: Column[],
  changes: { from: ChangeFrom }[],
  per: number | null,
  latest: number,
  rank: RankChoice,
): HeaderCell[][] {
  const lengthWord = (k: number) =>
    (({ 0: "month", 2: "quarter", 11: "year" }) as Record<number, string>)[
      columns[k].period.last - columns[k].period.first
    ] ?? "period";
  const title = (from: ChangeFrom) =>
    from === "previous"
      ? `Change since previous ${lengthWord(latest)}`
      : from === "year"
        ? "Change since last year"
        : `Change since ${columns.find((c) => c.period.last - c.period.first === columns[latest].period.last - columns[latest].period.first)?.heading ?? "the first period"}`;
  const rate = per === null ? [] : [{ text: `Rate per ${countWords(per)} population, ${columns[latest].heading}` }];
  const ranking = rank === "none" ? [] : [{ text: "Ranking" }];
  const top: HeaderCell[] = [{ text: corner }, ...columns.map((c) => ({ text: c.heading }))];
  if (changes.length === 1 && changes[0].from === "previous") {
    return [[...top, { text: "Number difference" }, { text: "% difference" }, ...rate, ...ranking]];
  }
  const second: HeaderCell[] = [{ text: "" }, ...columns.map(() => ({ text: "" }))];
  for (const c of changes) {
    top.push({ text: title(c.from), span: 2 });
    second.push({ text: "Number" }, { text: "%" });
  }
  return [
    [...top, ...rate, ...ranking],
    [...second, ...rate.map(() => ({ text: "" })), ...ranking.map(() => ({ text: "" }))],
  ];
}
