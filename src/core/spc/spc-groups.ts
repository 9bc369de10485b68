import { InputError } from "..";
import type { GroupSpan } from "./types";

/**
 * Splits a series into groups of limits at the rebase points, as NHSRplotthedots' `rebase` does: the
 * rebase point is the FIRST point of the new group (qicharts2's `part` counts the other way, the last
 * point of the old part; the toolkit follows the MDC and NHSR convention). Nothing crosses a rebase:
 * means, moving ranges, runs and trends are all worked within a group.
 *
 * Missing values: rebase points must be whole numbers; NaN is rejected. Order and repeats do not matter,
 * and a rebase at point 1 is ignored (the first group starts there anyway).
 *
 * @param length the number of points in the series
 * @param rebaseAt 1-based point numbers where new groups start
 * @returns the groups in order, each `{ start, end }` 0-based with `end` exclusive
 * @throws {InputError} when a rebase point is not a whole number from 1 to `length`, or leaves a group
 *   of only 1 point (limits need at least 2)
 * @example
 * spcGroups(10, [4, 8]); // => [{ start: 0, end: 3 }, { start: 3, end: 7 }, { start: 7, end: 10 }]
 */
export function spcGroups(length: number, rebaseAt: readonly number[] = []): GroupSpan[] {
  if (rebaseAt.length === 0 && length >= 2) return [{ start: 0, end: length }]; // the usual case, with nothing to sort
  const starts = [...new Set(rebaseAt.map((point) => checkedPoint(point, length)))]
    .filter((point) => point > 1)
    .sort((a, b) => a - b)
    .map((point) => point - 1);
  const bounds = [0, ...starts, length];
  const groups: GroupSpan[] = [];
  for (let g = 0; g + 1 < bounds.length; g++) {
    const span = { start: bounds[g], end: bounds[g + 1] };
    if (span.end - span.start < 2) {
      throw new InputError(
        `The group of limits starting at point ${span.start + 1} has only 1 point: each group needs at least 2.`,
      );
    }
    groups.push(span);
  }
  return groups;
}

function checkedPoint(point: number, length: number): number {
  if (!Number.isInteger(point) || point < 1 || point > length) {
    throw new InputError(`Rebase point ${point} must be a whole point number from 1 to ${length}.`);
  }
  return point;
}
