/**
 * Ranks values from lowest to highest, 1 = lowest, as the seed's county tables rank districts (2.5:
 * the lowest crime rate is 1; 4.1: the largest fall in ASB is 1). Ties share the better rank and the
 * next rank is skipped ("1, 2, 2, 4": competition ranking, as Excel's RANK.EQ with order 1), so a
 * rank still says how many areas did better. Total rows (KCC Total, Kent) are left out: they get no
 * rank and do not push other rows down.
 *
 * Values are compared exactly as given; round them first to rank ties as the table prints them.
 *
 * Missing values: a `null` or NaN value gets no rank (`null`) and is not counted.
 *
 * @param values the value of each row
 * @param isTotal optional flags, true for rows that are totals and must not be ranked
 * @returns the rank of each row in the same order, or null for totals and missing values
 * @throws nothing
 * @example
 * rankAscending([48, 53, 53, 65]);                  // => [1, 2, 2, 4]
 * rankAscending([68, 69, 73], [false, true, true]); // => [1, null, null]
 */
export function rankAscending(values: readonly (number | null)[], isTotal?: readonly boolean[]): (number | null)[] {
  const ranked = values.filter((value, row): value is number => isRanked(value, isTotal?.[row]));
  ranked.sort((a, b) => a - b);
  return values.map((value, row) =>
    isRanked(value, isTotal?.[row]) ? firstAtLeast(ranked, value as number) + 1 : null,
  );
}

function isRanked(value: number | null, total: boolean | undefined): boolean {
  return value !== null && !Number.isNaN(value) && total !== true;
}

/** Binary search: the position of the first sorted value not below `value` (= how many are lower). */
function firstAtLeast(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
