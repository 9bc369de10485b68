import { monthIndex } from "./month-index";

const HOUR = 3600000;

/**
 * The month, in UK local time, of an instant given in UTC: British Summer Time (UTC+1) runs from
 * 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October (the rule since
 * 1996, written out here rather than taken from the machine's time zone, so the month never depends on
 * where the code runs). police.uk stop-and-search files give times as "2019-03-31T23:00:00+00:00":
 * that is 00:00 on 1 April in the UK, and an April search.
 *
 * Missing values: none; the caller has read a complete date-time.
 *
 * @param utcMs the instant, in milliseconds since 1970-01-01T00:00Z (as `Date.UTC` gives)
 * @returns the month index (year * 12 + month - 1) of the instant's UK calendar date
 * @throws never
 * @example
 * ukLocalMonth(Date.UTC(2019, 2, 31, 23, 0)); // => monthIndex(2019, 4): BST had begun that morning
 */
export function ukLocalMonth(utcMs: number): number {
  const year = new Date(utcMs).getUTCFullYear();
  const start = lastSundayAtOne(year, 3);
  const end = lastSundayAtOne(year, 10);
  const local = new Date(utcMs >= start && utcMs < end ? utcMs + HOUR : utcMs);
  return monthIndex(local.getUTCFullYear(), local.getUTCMonth() + 1);
}

/** 01:00 UTC on the last Sunday of a month, in milliseconds. */
function lastSundayAtOne(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month, 0));
  return Date.UTC(year, month - 1, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}
