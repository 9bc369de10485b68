import type { GroupLimits, GroupSpan, SpcLines } from "./types";

/** The lines a group shares, by name (the same names in `GroupLimits` and `SpcLines`). */
const LINES = ["centreLine", "lowerLimit", "upperLimit", "lowerTwoSigma", "upperTwoSigma", "sigma"] as const;

/**
 * Spreads each group's limits over its points: the per-point lines that spcAnalysis returns and the
 * charts and tables draw. Each line is allocated once at full length and each group's value filled in
 * one call (growing six arrays point by point with push was most of the engine's time on long series).
 *
 * Missing values: none; the limits are numbers.
 *
 * @param length the number of points
 * @param groups the groups, together covering every point once
 * @param limits one `GroupLimits` per group, from `groupLimits`
 * @returns one entry per point in each line
 * @throws never
 * @example
 * spreadLines(3, [{ start: 0, end: 3 }], [limits]).centreLine; // => [limits.centreLine, x3]
 */
export function spreadLines(length: number, groups: readonly GroupSpan[], limits: readonly GroupLimits[]): SpcLines {
  const lines: SpcLines = {
    centreLine: new Array<number>(length),
    lowerLimit: new Array<number>(length),
    upperLimit: new Array<number>(length),
    lowerTwoSigma: new Array<number>(length),
    upperTwoSigma: new Array<number>(length),
    sigma: new Array<number>(length),
  };
  groups.forEach(({ start, end }, g) => {
    for (const line of LINES) lines[line].fill(limits[g][line], start, end);
  });
  return lines;
}
