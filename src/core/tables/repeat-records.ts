import { InputError } from "..";
import { optionRef } from "..";
import { cellText } from "../cells";
import { parseMonth } from "../periods";
import { monthLabel } from "../periods";
import { windowLabel } from "../periods";
import { findColumn } from "./find-column";
import { nameKey } from "./name-key";

type Matrix = readonly (readonly unknown[])[];

/** Repeats counted per group and period: records, distinct IDs, IDs seen more than once. */
export interface RepeatCounts {
  periods: { label: string; first?: number; last?: number }[];
  /** The groups (rows), in the order met; the whole when there is no row column. */
  groups: string[];
  /** What one ID is, plural ("Victims", "Cases"), from the ID column's heading. */
  noun: string;
  /** group -> per period: records (null when only counts were given), distinct IDs, repeat IDs. */
  counts: Map<string, { records: number | null; distinct: number | null; repeats: number | null }[]>;
  /** The heading of the repeats ("Repeat victims", or the partner's "Repeat cases"). */
  repeatLabel: string;
  /** The label of the row of all groups together, when there is one. */
  totalLabel?: string;
  notes: string[];
}

export interface RepeatRecordOptions {
  table: Matrix;
  /** The column of IDs (victim, offender or case reference). */
  idColumn: string;
  /** The column of dates or months; default a column headed Date, Month or Period. */
  dateColumn?: string | null;
  /** The column the rows are grouped by (District, Ward); default none. */
  rowColumn?: string | null;
  endMonth?: number | null;
  years?: number | null;
  periodMonths?: number | null;
}

/**
 * Counts repeats in record data, one row per incident or case with an ID column: per period (12-month
 * windows ending at the end month) and group, the records, the distinct IDs and the IDs seen more than
 * once in that period (repeat victims, seed 3.4; repeat cases, 3.6). An ID seen in two groups counts in
 * each, and once in the row of all groups, so that row is not the sum of the others.
 *
 * Missing values: a row with a blank ID is left out and counted in the notes (it cannot be a repeat, and
 * taking it as one person would make all blanks one victim); a row with a blank or unreadable date is
 * refused, naming the row, since it could fall in either period.
 *
 * @param options the records and their columns
 * @returns the counts
 * @throws {InputError} when a column is missing, a date cannot be read, or the data do not cover a period
 * @example
 * repeatRecordCounts({ table: incidents, idColumn: "Victim ID", endMonth: monthIndex(2017, 10) });
 */
export function repeatRecordCounts(options: RepeatRecordOptions): RepeatCounts {
  const header = options.table[0] ?? [];
  const what = "The records";
  const idAt = findColumn(header, [options.idColumn], what);
  const dateAt = findColumn(header, options.dateColumn ? [options.dateColumn] : ["date", "month", "period"], what);
  const groupAt = options.rowColumn ? findColumn(header, [options.rowColumn], what) : -1;
  let blank = 0;
  const rows: { id: string; month: number; group: string }[] = [];
  options.table.slice(1).forEach((row, r) => {
    if (row.every((c) => cellText(c) === "")) return;
    const id = cellText(row[idAt]);
    if (id === "") return void blank++;
    let month: number;
    try {
      month = parseMonth(row[dateAt]);
    } catch (error) {
      throw new InputError(
        `${what}, row ${r + 2}, column "${cellText(header[dateAt])}": ${(error as Error).message} Give each record its date, or choose the date column with ${optionRef("dateColumn")}.`,
      );
    }
    rows.push({ id: nameKey(id), month, group: groupAt >= 0 ? cellText(row[groupAt]) : "" });
  });
  if (rows.length === 0) throw new InputError(`${what} have no rows with an ID in "${cellText(header[idAt])}".`);
  const length = options.periodMonths ?? 12;
  const end = options.endMonth ?? Math.max(...rows.map((r) => r.month));
  const earliest = Math.min(...rows.map((r) => r.month));
  const periods = Array.from({ length: options.years ?? 2 }, (_, k) => {
    const last = end - k * length;
    return { first: last - length + 1, last, label: windowLabel({ first: last - length + 1, last }) };
  });
  const uncovered = periods.find((p) => p.first < earliest);
  if (uncovered)
    throw new InputError(
      `${what} start in ${monthLabel(earliest)}, so they do not cover ${uncovered.label}; choose the periods with ${optionRef("endMonth")} and ${optionRef("years")}.`,
    );
  const groups = groupAt >= 0 ? [...new Set(rows.map((r) => r.group))] : [];
  const totalLabel = "All";
  const count = (group: string | null) =>
    periods.map((p) => {
      const seen = new Map<string, number>();
      for (const r of rows)
        if (r.month >= p.first && r.month <= p.last && (group === null || r.group === group))
          seen.set(r.id, (seen.get(r.id) ?? 0) + 1);
      const records = [...seen.values()].reduce((s, n) => s + n, 0);
      return { records, distinct: seen.size, repeats: [...seen.values()].filter((n) => n > 1).length };
    });
  const counts = new Map(groups.map((g) => [g, count(g)]));
  counts.set(totalLabel, count(null));
  const noun = nounOf(cellText(header[idAt]));
  return {
    periods,
    groups: [...groups, totalLabel],
    noun,
    repeatLabel: `Repeat ${noun.toLowerCase()}`,
    counts,
    ...(groups.length > 0 ? { totalLabel } : {}),
    notes: [
      `A repeat is one of the ${noun.toLowerCase()} (distinct "${cellText(header[idAt])}") with more than one record in the period; the % is of the distinct ${noun.toLowerCase()}.`,
      ...(groups.length > 0
        ? [
            `The ${totalLabel} row counts each of the ${noun.toLowerCase()} once, so it can be less than the sum of the rows.`,
          ]
        : []),
      ...(blank > 0 ? [`${blank} records without an ID are left out.`] : []),
    ],
  };
}

/** "Victim ID" -> "Victims", "Case reference" -> "Cases", "ID" -> "IDs". */
function nounOf(heading: string): string {
  const word = heading.replace(/\s*\b(id|ref|reference|number|no\.?|urn)\b\s*/gi, " ").trim();
  if (word === "") return "IDs";
  const noun = word.charAt(0).toUpperCase() + word.slice(1);
  return noun.endsWith("s") ? noun : `${noun}s`;
}
