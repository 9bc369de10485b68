import type { GroupLimits, GroupSpan, SpcLines } from "./types";

/**
 * Spreads each group's limits over its points: the per-point lines that spcAnalysis returns and the
 * charts and tables draw. Each line is allocated once at full length and each group's value filled in
 * one call (growing six arrays point by point with push was most of the engine's time on long series).
 * The rules do not need these (they read each group's limits once), so the custom functions never
 * spread them.
 *
 * Missing values: none; the limits are numbers.
 *
 * @param length the number of points
 * @param groups the groups, together covering every point once
 * @param limits one `GroupLimits` per group, from `spcLimits`
 * @returns one entry per point in each line
 * @throws never
 * @example
 * spreadLines(3, [{ start: 0, end: 3 }], [limits]).centreLine; // => [limits.centreLine, x3]
 */
export function spreadLines(length: number, groups: readonly GroupSpan[], limits: readonly GroupLimits[]): SpcLines {
  const line = () => new Array<number>(length);
  const lines: SpcLines = {
    centreLine: line(),
    lowerLimit: line(),
    upperLimit: line(),
    lowerTwoSigma: line(),
    upperTwoSigma: line(),
    sigma: line(),
  };
  for (let g = 0; g < groups.length; g++) {
    const { start, end } = groups[g];
    const group = limits[g];
    lines.centreLine.fill(group.centreLine, start, end);
    lines.lowerLimit.fill(group.lowerLimit, start, end);
    lines.upperLimit.fill(group.upperLimit, start, end);
    lines.lowerTwoSigma.fill(group.lowerTwoSigma, start, end);
    lines.upperTwoSigma.fill(group.upperTwoSigma, start, end);
    lines.sigma.fill(group.sigma, start, end);
  }
  return lines;
}
