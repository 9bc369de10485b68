import type { PartnerCell } from "../cells";
import { roundHalfAway } from "./round-half-away";

/** The change from one value of a series to a later one: the number and the % (null when not worked out). */
export interface GapChange {
  /** The later value less the earlier; null when either is missing. */
  number: number | null;
  /** The change as a % of the earlier value, rounded; null when either is missing or the earlier is 0. */
  percent: number | null;
  /** Why a part is null, in words ("the earlier value is suppressed"), or "". */
  reason: string;
}

/**
 * The change over any gap in a series of periods: month on month (gap 1 of monthly values), quarter on
 * quarter (gap 1 of quarters, or 3 of months), the same month a year before (gap 12), or first to last of
 * N years (gap N - 1 of yearly values; seed 6.1's first time entrants from 222 in 2013/14 to 183 in
 * 2015/16, -17.6%). The series is in time order, oldest first, and the change is from the value `gap`
 * places before the last (or before `at`) to that one. The % is rounded half away from zero, as Excel's
 * ROUND.
 *
 * Missing values: a value that is null, suppressed or not applicable is not a number, so the change
 * from or to it is null with the reason, never worked from 0; a % from 0 is null.
 *
 * @param series the values, oldest first: numbers, or cells read by `partnerCell`
 * @param gap how many places back the earlier value is (1 or more)
 * @param options `at`: the place of the later value (default the last); `decimals` of the % (default 1)
 * @returns the number and % change
 * @throws {RangeError} when the gap is not a whole number from 1, or reaches before the series' start
 * @example
 * changeOverGap([222, 201, 183], 2); // => { number: -39, percent: -17.6, reason: "" } (seed 6.1)
 */
export function changeOverGap(
  series: readonly (number | null | PartnerCell)[],
  gap: number,
  options: { at?: number; decimals?: number } = {},
): GapChange {
  const at = options.at ?? series.length - 1;
  if (!Number.isInteger(gap) || gap < 1)
    throw new RangeError(`The gap must be a whole number of periods from 1, not ${gap}.`);
  if (!Number.isInteger(at) || at < 0 || at >= series.length)
    throw new RangeError(`There is no value at place ${at} of a series of ${series.length}.`);
  if (at - gap < 0)
    throw new RangeError(`A gap of ${gap} reaches before the series' first value (it has ${series.length}).`);
  const later = valueOf(series[at]);
  const earlier = valueOf(series[at - gap]);
  const missing =
    typeof earlier === "string"
      ? `the earlier value is ${earlier}`
      : typeof later === "string"
        ? `the later value is ${later}`
        : "";
  if (typeof later !== "number" || typeof earlier !== "number") return { number: null, percent: null, reason: missing };
  const number = later - earlier;
  if (earlier === 0) return { number, percent: null, reason: "the earlier value is 0" };
  return { number, percent: roundHalfAway((number / earlier) * 100, options.decimals ?? 1), reason: "" };
}

function valueOf(value: number | null | PartnerCell | undefined): number | string {
  if (typeof value === "number") return Number.isFinite(value) ? value : "not a number";
  if (value === null || value === undefined) return "missing";
  if (value.kind === "number") return value.value;
  return value.kind === "suppressed" ? "suppressed" : "not applicable";
}
