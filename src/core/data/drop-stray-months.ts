import type { Dataset } from "./dataset";
import { monthKey } from "../periods";

/** A gap of more than this many months with no records cuts a stray end off the data. */
const GAP_MONTHS = 36;
/** A stray end holds at most this share of the records (a few mistyped dates, not a real series). */
const STRAY_SHARE = 0.01;
/** Months listed in a reason; more are shown as "...". */
const LISTED = 3;

/**
 * Takes out the records whose month cannot be right, so that one mistyped date ("2999-01", "1901-01")
 * does not become the end or the start of the data: the default end month of every table, the span of
 * every chart and the size of every count would otherwise follow it (an SPC chart of 12,000 months).
 * Two rules, each counted and reported as rows not used, naming the months:
 * - a month after the month of this run ("month after the date of this run (2999-01)");
 * - a month cut off from the rest of the data by more than three years without records, when the
 *   records so cut off are at most 1% of all, or one record ("month far outside the rest of the data (1901-01)").
 * The gap rule reads the data as a whole: a long series with a real three-year gap in its middle
 * keeps both sides, because neither side is a sliver of it.
 *
 * Missing values: an empty Dataset is returned as it is. Counts carried by records (long and wide
 * input) weigh in the 1% share; each record is one input row in the count of rows not used.
 *
 * @param dataset the Dataset as read
 * @param runMonth the month index of the run (today's month)
 * @returns the Dataset without the stray records (the same object when there are none)
 * @throws never
 * @example
 * dropStrayMonths(dataset, monthIndex(2026, 12)).dropped; // => { total: 1, reasons: [{ reason: "month after the date of this run (2999-01)", count: 1, firstRows: [] }] }
 */
export function dropStrayMonths(dataset: Dataset, runMonth: number): Dataset {
  const n = dataset.length;
  if (n === 0) return dataset;
  const weights = monthWeights(dataset);
  const months = [...weights.keys()].sort((a, b) => a - b);
  const future = months.filter((m) => m > runMonth);
  const kept = months.filter((m) => m <= runMonth);
  const far = strayEnds(kept, weights);
  if (future.length === 0 && far.length === 0) return dataset;
  const stray = new Set([...future, ...far]);
  return withoutMonths(dataset, stray, [
    ["month after the date of this run", future],
    ["month far outside the rest of the data", far],
  ]);
}

/** The weight (crimes counted) of each month with records. */
function monthWeights(dataset: Dataset): Map<number, number> {
  const weights = new Map<number, number>();
  const { month, count } = dataset;
  let last = NaN;
  let run = 0;
  // Records come month by month (one file per month), so runs of one month are summed before the map is touched.
  // A month whose records all count 0 is still a month of the data (the file says 0 for it), so it bridges a gap:
  // years of zeros between two counts are not "years without records".
  for (let i = 0; i < dataset.length; i++) {
    const m = month[i];
    if (m !== last) {
      if (i > 0) weights.set(last, (weights.get(last) ?? 0) + run);
      last = m;
      run = 0;
    }
    run += count ? count[i] : 1;
  }
  weights.set(last, (weights.get(last) ?? 0) + run);
  return weights;
}

/** The months at either end that a long gap cuts off and that hold a sliver of the weight. */
function strayEnds(months: number[], weights: Map<number, number>): number[] {
  const total = months.reduce((sum, m) => sum + Math.max(0, weights.get(m) ?? 0), 0);
  const limit = Math.max(total * STRAY_SHARE, 1);
  const stray: number[] = [];
  for (const order of [months, [...months].reverse()]) {
    let weight = 0;
    let cut = -1;
    for (let i = 0; i + 1 < order.length; i++) {
      weight += Math.max(0, weights.get(order[i]) ?? 0);
      if (weight > limit) break;
      if (Math.abs(order[i + 1] - order[i]) > GAP_MONTHS) cut = i;
    }
    stray.push(...order.slice(0, cut + 1));
  }
  return stray;
}

function withoutMonths(dataset: Dataset, stray: Set<number>, reasons: [string, number[]][]): Dataset {
  const keep: number[] = [];
  const dropped = new Map<string, number>();
  const reasonOf = new Map<number, string>();
  for (const [reason, months] of reasons) {
    if (months.length === 0) continue;
    const listed = months.slice(0, LISTED).map(monthKey).join(", ") + (months.length > LISTED ? ", ..." : "");
    for (const m of months) reasonOf.set(m, `${reason} (${listed})`);
  }
  for (let i = 0; i < dataset.length; i++) {
    const reason = reasonOf.get(dataset.month[i]);
    if (reason === undefined) keep.push(i);
    else dropped.set(reason, (dropped.get(reason) ?? 0) + 1);
  }
  const pick = <T extends Int32Array | Float64Array>(column: T): T =>
    column.constructor === Float64Array
      ? (Float64Array.from(keep, (i) => column[i]) as T)
      : (Int32Array.from(keep, (i) => column[i]) as T);
  const added = [...dropped].map(([reason, count]) => ({ reason, count, firstRows: [] as number[] }));
  return {
    ...dataset,
    length: keep.length,
    month: pick(dataset.month),
    category: pick(dataset.category),
    area: pick(dataset.area),
    ...(dataset.count ? { count: pick(dataset.count) } : {}),
    dropped: {
      total: dataset.dropped.total + added.reduce((s, r) => s + r.count, 0),
      reasons: [...dataset.dropped.reasons, ...added],
    },
  };
}
