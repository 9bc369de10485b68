import { InputError } from "..";
import { optionRef } from "..";
import { partnerCell } from "../cells";
import { cellText } from "../cells";
import { periodHeading } from "../periods";
import { nameKey } from "./name-key";
import type { RepeatCounts } from "./repeat-records";

type Matrix = readonly (readonly unknown[])[];

/**
 * Reads a partner's repeat counts (seed 3.6's MARAC figures as sent): a column per period, a row of
 * repeats (its label says "repeat": "Repeat cases", "Repeat victims") and the row they are a share of
 * ("All cases", "Victims"), the one other row or the one named by `ofRow`. Periods are shown latest first.
 *
 * Missing values: "n/a", a blank or a held-back count stays so and gives no share (never 0).
 *
 * @param table the partner's table, header row first
 * @param ofRow the base row's label, when the table has more than one other row
 * @param startMonth the month split years such as "2016/17" start in
 * @returns the counts, one group named by the table's corner
 * @throws {InputError} when there is no repeat row, the base could be more than one row, a cell is not a
 *   count, or repeats are more than their base
 * @example
 * repeatTableCounts([["MARAC", "Oct 2016 - Sep 2017"], ["Repeat cases", 58], ["All cases", 177]]);
 */
export function repeatTableCounts(table: Matrix, ofRow?: string | null, startMonth?: number | null): RepeatCounts {
  const header = (table[0] ?? []).map(cellText);
  const body = table.slice(1).filter((row) => row.some((c) => cellText(c) !== ""));
  const labels = body.map((row) => cellText(row[0]));
  const repeatAt = labels.findIndex((l) => /\brepeat/i.test(l));
  if (repeatAt < 0)
    throw new InputError(
      `The repeats table has no row of repeats (a label with "repeat", such as "Repeat cases"); its rows are ${labels.map((l) => `"${l}"`).join(", ")}.`,
    );
  const others = labels.map((l, i) => ({ l, i })).filter((o) => o.i !== repeatAt);
  const base = ofRow ? others.filter((o) => nameKey(o.l) === nameKey(ofRow)) : others;
  if (base.length !== 1)
    throw new InputError(
      `The repeats are a share of one row, but ${ofRow ? `the table has no row "${ofRow}"` : `${others.length} rows could be it`}: ${others.map((o) => `"${o.l}"`).join(", ")}. Name it with ${optionRef("ofRow")}.`,
    );
  const periods = header
    .map((label, at) => ({ label, at, ...periodHeading(label, startMonth ?? undefined) }))
    .filter((p) => p.at > 0 && p.label !== "");
  if (periods.every((p) => p.last !== undefined)) periods.sort((a, b) => (b.last as number) - (a.last as number));
  const value = (row: number, at: number) => {
    const cell = partnerCell(body[row][at]);
    if (cell.kind === "notApplicable" && !["", "n/a", "na", "not applicable"].includes(cell.marker.toLowerCase()))
      throw new InputError(
        `The repeats table, row "${labels[row]}", column "${header[at]}": "${cell.marker}" is not a count.`,
      );
    return cell.kind === "number" ? cell.value : null;
  };
  const counts = periods.map((p) => {
    const repeats = value(repeatAt, p.at);
    const distinct = value(base[0].i, p.at);
    if (repeats !== null && distinct !== null && repeats > distinct)
      throw new InputError(
        `The repeats table, ${p.label}: ${repeats} "${labels[repeatAt]}" is more than the ${distinct} "${labels[base[0].i]}" they are a share of.`,
      );
    return { records: null, distinct, repeats };
  });
  const group = header[0] || "All";
  return {
    periods: periods.map(({ label, first, last }) => ({ label, first, last })),
    groups: [group],
    noun: labels[base[0].i],
    counts: new Map([[group, counts]]),
    notes: [`The % is of "${labels[base[0].i]}".`],
    repeatLabel: labels[repeatAt],
  };
}
