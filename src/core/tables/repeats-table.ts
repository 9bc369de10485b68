import { InputError } from "..";
import { optionRef } from "..";
import { shareOf } from "../change";
import { percentChange } from "../change";
import { inSentence } from "../change";
import { cellText } from "../cells";
import { nameKey } from "./name-key";
import { repeatRecordCounts, type RepeatCounts } from "./repeat-records";
import { repeatTableCounts } from "./repeat-table-counts";
import { sheetName } from "../house-style";
import type { HeaderCell, TableCell, TableModel, TableRow } from "./table-model";

type Matrix = readonly (readonly unknown[])[];

export interface RepeatsOptions {
  /** Records with an ID column (one row per incident or case), or a partner's counts by period. */
  table: Matrix;
  /** The ID column of records; default a column headed "ID" or ending in " ID". */
  repeatIdColumn?: string | null;
  dateColumn?: string | null;
  rowColumn?: string | null;
  /** The base row of a partner's counts, when it has more than one other row. */
  ofRow?: string | null;
  endMonth?: number | null;
  years?: number | null;
  periodMonths?: number | null;
  startMonth?: number | null;
  decimals?: number | null;
  title?: string | null;
}

const ID = /(^|\s)(id|ref|reference|urn)$/i;

/**
 * Recipe `repeats` (seed 3.4's repeat victims of domestic abuse, 3.6's repeat MARAC cases): per period
 * (and group, such as district), the distinct IDs, those seen more than once and the % repeat = repeats /
 * distinct IDs, from records with an ID column (`repeatRecordCounts`, with the records counted too), or
 * from a partner's counts of repeats and their base (`repeatTableCounts`). Shares are rounded half away
 * from zero.
 *
 * Missing values: as each reader says; a share of an n/a or held-back count is n/a, never 0%.
 *
 * @param options the data and how to read it
 * @returns the table
 * @throws {InputError} when the table is neither records with one ID column nor counts with a repeat row
 *   (naming the option that chooses), or a reader refuses
 * @example
 * repeatsTable({ table: incidents, repeatIdColumn: "Victim ID", endMonth: monthIndex(2017, 10) }); // seed 3.4
 */
export function repeatsTable(options: RepeatsOptions): TableModel {
  const counts = countsOf(options);
  const decimals = options.decimals ?? 1;
  const withRecords = [...counts.counts.values()].some((c) => c.some((p) => p.records !== null));
  const units = [...(withRecords ? ["Records"] : []), counts.noun, counts.repeatLabel, "% repeat"];
  const top: HeaderCell[] = [
    { text: options.rowColumn ?? "" },
    ...counts.periods.map((p) => ({ text: p.label, span: units.length })),
  ];
  const second: HeaderCell[] = [{ text: "" }, ...counts.periods.flatMap(() => units.map((text) => ({ text })))];
  const rows = counts.groups.map((group) => repeatRow(group, counts, decimals, withRecords));
  return {
    recipe: "repeats",
    title: options.title ?? `${counts.repeatLabel} as a % of ${inSentence(counts.noun)}`,
    sheetName: sheetName(options.title ?? "Repeats"),
    headerRows: [top, second],
    rows,
    notes: counts.notes,
    source: "Source: partner's table",
    subject: {
      ...(counts.periods.every((p) => p.first !== undefined && p.last !== undefined)
        ? { periods: counts.periods.map((p) => ({ first: p.first as number, last: p.last as number })) }
        : {}),
      ...(counts.totalLabel ? { totalLabel: counts.totalLabel } : {}),
    },
  };
}

function countsOf(options: RepeatsOptions): RepeatCounts {
  const header = (options.table[0] ?? []).map(cellText);
  const repeatIdColumn = options.repeatIdColumn ?? repeatIdColumnOf(header, options.table);
  if (repeatIdColumn) return repeatRecordCounts({ ...options, idColumn: repeatIdColumn });
  return repeatTableCounts(options.table, options.ofRow, options.startMonth);
}

/** The one column headed as an ID, or null when the table is counts (a row of repeats); refused when neither. */
function repeatIdColumnOf(header: string[], table: Matrix): string | null {
  const ids = header.filter((h) => ID.test(h.trim()));
  if (ids.length === 1) return ids[0];
  const repeatRow = table.slice(1).some((row) => /\brepeat/i.test(cellText(row[0])));
  if (ids.length === 0 && repeatRow) return null;
  throw new InputError(
    ids.length > 1
      ? `The repeats table has ${ids.length} columns that could be the IDs: ${ids.map((h) => `"${h}"`).join(", ")}; name one with ${optionRef("repeatIdColumn")}.`
      : `The repeats table has no ID column and no row of repeats; its columns are ${header.map((h) => `"${h}"`).join(", ")}. For records, name the column of victim or case IDs with ${optionRef("repeatIdColumn")}; for a partner's counts, give a row labelled "Repeat ..." and the row it is a share of.`,
  );
}

function repeatRow(group: string, counts: RepeatCounts, decimals: number, withRecords: boolean): TableRow {
  const periods = counts.counts.get(group) ?? [];
  const cells: TableCell[] = [{ kind: "text", value: group }];
  const percents = periods.map((p) =>
    p.repeats === null || p.distinct === null ? null : shareOf(p.repeats, p.distinct, decimals),
  );
  periods.forEach((p, k) => {
    if (withRecords) cells.push(count(p.records));
    cells.push(count(p.distinct), count(p.repeats));
    const share = percents[k];
    cells.push(
      share?.kind === "number" ? { kind: "percent", value: share.value, decimals } : { kind: "text", value: "n/a" },
    );
  });
  const distinct = periods.map((p) => p.distinct);
  const change = distinct.length > 1 && distinct[0] !== null && distinct[1] !== null ? distinct[0] - distinct[1] : null;
  const isTotal = counts.totalLabel !== undefined && nameKey(group) === nameKey(counts.totalLabel);
  return {
    level: 0,
    kind: isTotal ? "total" : "data",
    cells,
    figures: {
      label: group,
      counts: distinct,
      change,
      percent: change === null ? null : percentChange(distinct[0] as number, distinct[1] as number),
      shares: [
        {
          group: counts.repeatLabel,
          parts: periods.map((p) => p.repeats),
          bases: distinct,
          percents: percents.map((s) => (s?.kind === "number" ? s.value : null)),
        },
      ],
    },
  };
}

function count(value: number | null): TableCell {
  return value === null ? { kind: "text", value: "n/a" } : { kind: "count", value };
}
