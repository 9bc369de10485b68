import type { Dataset } from "./dataset";
import type { DroppedSummary } from "../tables";
import { UNKNOWN_AREA } from "../detect";

/** Collects records into growing columns while one or more inputs are read. */
export interface RecordSink {
  /** Adds one record: month index, category id, area id, and the crimes it counts. */
  add(month: number, category: number, area: number, count: number): void;
  /** Adds the first `length` records of these columns, each counting 1 (a part read by another thread). */
  addAll(month: Int32Array, category: Int32Array, area: Int32Array, length: number): void;
  /** The id of a category name, adding it to the dictionary when new. */
  categoryId(name: string): number;
  /** The id of an area name after renames; "" becomes "Unknown area". `code`, when given, is
   * recorded as the area's ONS code (the first one seen for the name). */
  areaId(name: string, code?: string): number;
  /**
   * Records that input row `row` was not used, and why; with `count`, that many rows from `row` on
   * (a reader counting a flood of blank rows itself adds them in one call).
   */
  drop(reason: string, row: number, count?: number): void;
  /** The Dataset of everything added. */
  finish(source: string): Dataset;
}

const FIRST_ROWS_KEPT = 5;

/**
 * Creates the sink that every ingestion path (fast CSV, matrix; record, long, wide) writes into, so
 * several files (one per month) share one set of dictionaries and one dropped-row summary.
 *
 * Columns start at `expectedRows` and double when full, so a million rows cost a few copies, not one
 * object per row. The count column is made only when some record counts other than 1 (long and wide
 * input), keeping record-level Datasets without one, as the Dataset contract says.
 *
 * Missing values: an area name "" (no LSOA) becomes "Unknown area"; names are trimmed; renames apply
 * to the trimmed name.
 *
 * @param renames district renames, old name -> new name
 * @param expectedRows a first guess of the number of records (default 1024)
 * @returns the sink
 * @throws never
 * @example
 * const sink = createRecordSink({ Shepway: "Folkestone and Hythe" });
 * sink.add(monthIndex(2018, 10), sink.categoryId("Burglary"), sink.areaId("Shepway"), 1);
 */
export function createRecordSink(renames: Readonly<Record<string, string>>, expectedRows = 1024): RecordSink {
  let capacity = Math.max(16, expectedRows);
  let month: Int32Array = new Int32Array(capacity);
  let category: Int32Array = new Int32Array(capacity);
  let area: Int32Array = new Int32Array(capacity);
  let count: Float64Array | undefined;
  let length = 0;
  const categories = dictionary();
  const areas = dictionary();
  const codes: string[] = [];
  const dropped = new Map<string, { count: number; firstRows: number[] }>();

  const grow = (): void => {
    capacity *= 2;
    month = resized(month, capacity);
    category = resized(category, capacity);
    area = resized(area, capacity);
    if (count) count = resized(count, capacity);
  };

  return {
    add(m, c, a, n) {
      if (length === capacity) grow();
      month[length] = m;
      category[length] = c;
      area[length] = a;
      if (n !== 1 && !count) count = new Float64Array(capacity).fill(1, 0, length);
      if (count) count[length] = n;
      length++;
    },
    addAll(m, c, a, added) {
      while (length + added > capacity) grow();
      month.set(m.subarray(0, added), length);
      category.set(c.subarray(0, added), length);
      area.set(a.subarray(0, added), length);
      count?.fill(1, length, length + added);
      length += added;
    },
    categoryId: (name) => categories.idOf(name.trim()),
    areaId(name, code) {
      const trimmed = name.trim();
      const id = areas.idOf(trimmed === "" ? UNKNOWN_AREA : (renames[trimmed] ?? trimmed));
      if (code !== undefined && !codes[id]) codes[id] = code.trim();
      return id;
    },
    drop(reason, row, times = 1) {
      let entry = dropped.get(reason);
      if (entry === undefined) {
        entry = { count: 0, firstRows: [] };
        dropped.set(reason, entry);
      }
      entry.count += times;
      for (let r = row; r < row + times && entry.firstRows.length < FIRST_ROWS_KEPT; r++) entry.firstRows.push(r);
    },
    finish: (source) => ({
      length,
      // Views, not copies: copying a million rows' columns cost a tenth of a large read (fresh memory is slow to touch).
      month: month.subarray(0, length),
      category: category.subarray(0, length),
      area: area.subarray(0, length),
      ...(count ? { count: count.subarray(0, length) } : {}),
      categories: categories.names,
      areas: areas.names,
      ...(codes.some((c) => c) ? { areaCodes: areas.names.map((_, i) => codes[i] ?? "") } : {}),
      source,
      dropped: summary(dropped),
    }),
  };
}

function dictionary(): { names: string[]; idOf(name: string): number } {
  const names: string[] = [];
  const ids = new Map<string, number>();
  return {
    names,
    idOf(name) {
      let id = ids.get(name);
      if (id === undefined) {
        id = names.length;
        names.push(name);
        ids.set(name, id);
      }
      return id;
    },
  };
}

/** A copy of a column with room for `size` records (the same typed-array kind). */
function resized<T extends Int32Array | Float64Array>(column: T, size: number): T {
  const next = new (column.constructor as new (length: number) => T)(size);
  next.set(column);
  return next;
}

function summary(dropped: Map<string, { count: number; firstRows: number[] }>): DroppedSummary {
  const reasons = [...dropped].map(([reason, entry]) => ({ reason, ...entry }));
  return { total: reasons.reduce((sum, r) => sum + r.count, 0), reasons };
}
