import type { ReadContext } from "./read-context";
import type { RecordSink } from "./record-sink";
import { InputError } from "..";
import { monthLabel } from "../periods";

/** Checks a file's own totals against the parts the reader counted (see `createTotalCheck`). */
export interface TotalCheck {
  /** The sink to add records to: it passes them on and keeps the sums of each period's parts. */
  sink: RecordSink;
  /** A total the file gives: row, month, which parts (`category|area` ids, -1 for all), figure, column. */
  expect(row: number, month: number, key: string, figure: number, column: string): void;
  /** Compares every total with its parts, refusing at the first that differs. */
  finish(): void;
}

/**
 * Keeps a table's own total rows ("Total", "All crime", "All areas") aside instead of adding them to
 * their parts, and once every row is read checks that the parts add up to each of them: a total that
 * the parts do not reproduce means group or subtotal rows (or the wrong columns) are being added to
 * their own details, so the reading is refused, naming the row, the column and both figures.
 *
 * Missing values: a blank total cell is no total; a total whose parts never appear, or a table with rows
 * left out for a reason of their own (no category, no count: noted with the dropped rows), is not checked.
 *
 * @param context the reading context (name, sink)
 * @param enabled false to keep no check (a filtered reading leaves parts out on purpose)
 * @returns the check
 * @throws never itself; `finish` throws InputError for a total its parts do not reproduce
 * @example
 * const totals = createTotalCheck(context, true); totals.sink.add(m, 0, 0, 4); totals.expect(9, m, "-1|0", 4, "Count"); totals.finish();
 */
export function createTotalCheck(context: Pick<ReadContext, "sink" | "name">, enabled: boolean): TotalCheck {
  const sums = new Map<string, number>();
  const expected: { row: number; month: number; key: string; figure: number; column: string }[] = [];
  const bump = (key: string, count: number): void => void sums.set(key, (sums.get(key) ?? 0) + count);
  const inner = context.sink;
  // Rows left out for a reason of their own (no category, no count) are already accounted for; their totals cannot be reproduced.
  let partsLeftOut = false;
  const sink: RecordSink = !enabled
    ? inner
    : {
        ...inner,
        add(month, category, area, count) {
          inner.add(month, category, area, count);
          bump(`${month}|${category}|${area}`, count);
          bump(`${month}|${category}|-1`, count);
          bump(`${month}|-1|${area}`, count);
          bump(`${month}|-1|-1`, count);
        },
        addAll: (...args) => inner.addAll(...args),
        categoryId: (name) => inner.categoryId(name),
        areaId: (name, code) => inner.areaId(name, code),
        drop(reason, row, count) {
          if (!/^(blank row|total row|group row)/.test(reason)) partsLeftOut = true;
          inner.drop(reason, row, count);
        },
        finish: (source) => inner.finish(source),
      };
  return {
    sink,
    expect(row, month, key, figure, column) {
      if (enabled && !key.includes("-2")) expected.push({ row, month, key, figure, column });
    },
    finish() {
      if (partsLeftOut) return;
      for (const e of expected) {
        // A total whose parts the table does not hold at all (a table of totals only) has nothing to check against.
        const parts = sums.get(`${e.month}|${e.key}`);
        if (parts === undefined || parts === e.figure) continue;
        const where = e.column === "" ? "" : ` in column "${e.column}"`;
        throw new InputError(
          `${context.name}, row ${e.row}: the file's own total for ${monthLabel(e.month)}${where} is ${e.figure}, but the rows it totals add up to ${parts}. The table seems to hold group or subtotal rows, or rows counted twice; totals are never added to their parts, and a total the parts do not reproduce is not guessed at. Remove the group rows, or give the table with its details only.`,
        );
      }
    },
  };
}
