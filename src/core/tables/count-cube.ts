import type { Dataset } from "../data";
import type { DataKind } from "../detect";
import type { PeriodUnit } from "../periods";

/**
 * Counts of a Dataset by area, category and month, held in one flat Float64Array.
 *
 * Cell `(area, category, month)` is at `((area * categories.length) + category) * monthCount +
 * (month - firstMonth)`, so the months of one area and category are contiguous: a rolling year is a
 * run of 12 neighbouring numbers.
 */
export interface CountCube {
  /** Area names, in the Dataset's order (index = the Dataset's area code). */
  readonly areas: readonly string[];
  /** Category names, in the Dataset's order. */
  readonly categories: readonly string[];
  /** The earliest month index with a record (0 and `monthCount` 0 for an empty Dataset). */
  readonly firstMonth: number;
  /** The latest month index with a record. */
  readonly lastMonth: number;
  /** `lastMonth - firstMonth + 1`: months inside the data's span, including months with no records. */
  readonly monthCount: number;
  /** The counts. */
  readonly counts: Float64Array;
  /** What the records count (the Dataset's kind; "crimes" when it does not say). */
  readonly kind: DataKind;
  /** How long each record's period is ("month" when the Dataset does not say). */
  readonly periodUnit: PeriodUnit;
  /** The month number years start in, for yearly and quarterly data (1 otherwise). */
  readonly yearStart: number;
  /** The Dataset's `ownAreas`: which areas are the force's own, when known. */
  readonly ownAreas?: readonly boolean[];
}

const cubes = new WeakMap<Dataset, CountCube>();

/**
 * The count cube of a Dataset: every recipe reads its numbers from this aggregate, built in one pass
 * over the records and memoised per Dataset, so no table ever rescans the raw rows once per cell.
 *
 * Yearly and quarterly data (Dataset `periodUnit`) keep each record at its period's first month, and
 * the cube's span runs to the last period's last month, so a year of data is a whole year to the tables.
 *
 * Missing values: a record whose count is NaN (a blank count that ingestion let through) adds nothing;
 * a month with no records inside the data's span counts 0 (record-level data has no rows for a month
 * without crime).
 *
 * @param dataset the records
 * @returns the cube (the same object for the same Dataset)
 * @throws {RangeError} when the cube would exceed 50 million cells (areas x categories x months),
 *   which means the area or category column was mis-chosen
 * @example
 * const cube = countCube(dataset);
 * cubeSum(cube, { months: [cube.lastMonth - 11, cube.lastMonth] }); // the latest rolling year
 */
export function countCube(dataset: Dataset): CountCube {
  const known = cubes.get(dataset);
  if (known) return known;
  const cube = buildCube(dataset);
  cubes.set(dataset, cube);
  return cube;
}

function monthSpan(month: Int32Array, length: number): [number, number] {
  if (length === 0) return [0, -1];
  let first = month[0];
  let last = month[0];
  for (let i = 1; i < length; i++) {
    const m = month[i];
    if (m < first) first = m;
    else if (m > last) last = m;
  }
  return [first, last];
}

/** Months a record's period covers after its first month: a year's record covers its whole year. */
const EXTRA_MONTHS: Record<PeriodUnit, number> = { month: 0, quarter: 2, year: 11 };

function buildCube(dataset: Dataset): CountCube {
  const { length, month, category, area, count } = dataset;
  const periodUnit = dataset.periodUnit ?? "month";
  const [firstMonth, lastRecord] = monthSpan(month, length);
  // Yearly data: the span runs to the end of the last year, so a table sees whole years, not a part year.
  const lastMonth = length === 0 ? lastRecord : lastRecord + EXTRA_MONTHS[periodUnit];
  const monthCount = lastMonth - firstMonth + 1;
  const nCat = dataset.categories.length;
  const cells = dataset.areas.length * nCat * monthCount;
  if (cells > 50_000_000) {
    throw new RangeError(
      `Too many areas x categories x months to count (${dataset.areas.length} x ${nCat} x ${monthCount}); ` +
        "check which columns hold the area and the category.",
    );
  }
  const counts = new Float64Array(cells);
  for (let i = 0; i < length; i++) {
    const cell = (area[i] * nCat + category[i]) * monthCount + (month[i] - firstMonth);
    if (count) {
      const c = count[i];
      if (c === c) counts[cell] += c; // NaN !== NaN: a missing count adds nothing
    } else {
      counts[cell] += 1;
    }
  }
  const own = dataset.ownAreas ? { ownAreas: dataset.ownAreas } : {};
  return {
    areas: dataset.areas,
    categories: dataset.categories,
    firstMonth,
    lastMonth,
    monthCount,
    counts,
    kind: dataset.kind ?? "crimes",
    periodUnit,
    yearStart: dataset.yearStart ?? 1,
    ...own,
  };
}
