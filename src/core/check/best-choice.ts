/**
 * The candidate that agrees with the most printed cells, for working out what a derived column is
 * derived from (which two periods a change compares, which column a rank ranks). Candidates are given
 * in order of preference, and the earlier wins a tie. A candidate must agree with at least half of the
 * cells it could be tried on: otherwise the column's source is not known and it is not checked, rather
 * than reported wrong throughout.
 *
 * Missing values: a `score` of tried 0 never wins.
 *
 * @param candidates the candidates, most likely first
 * @param score how many cells a candidate was tried on and how many agreed
 * @returns the best candidate with its score, or null when none agrees with half its cells
 * @throws never
 * @example
 * bestChoice([[2, 3], [2, 4]], (pair) => ({ tried: 20, agreed: pair[1] === 3 ? 19 : 0 })); // => { choice: [2, 3], tried: 20, agreed: 19 }
 */
export function bestChoice<T>(
  candidates: readonly T[],
  score: (candidate: T) => { tried: number; agreed: number },
): { choice: T; tried: number; agreed: number } | null {
  let best: { choice: T; tried: number; agreed: number } | null = null;
  for (const choice of candidates) {
    const s = score(choice);
    if (s.tried === 0 || s.agreed * 2 < s.tried) continue;
    if (!best || s.agreed > best.agreed) best = { choice, ...s };
  }
  return best;
}
