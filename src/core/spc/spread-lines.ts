import type { GroupLimits, GroupSpan, SpcLines } from "./types";

/** An array of numbers that can be filled: a plain array or a typed array. */
interface Fillable {
  fill(value: number, start: number, end: number): unknown;
}

/**
 * Spreads each group's limits over its points: the per-point lines that spcAnalysis returns and the
 * charts and tables draw, and that the rules read. Each line is allocated once at full length and each
 * group's value filled in one call (growing six arrays point by point with push was most of the
 * engine's time on long series). The custom functions ask for typed arrays (`line`), so the rules'
 * per-point loops read their Float64Array series beside Float64Array lines (plain arrays there made
 * CSP.SPC.SIGNALS a third slower in bench/spc.bench.ts).
 *
 * Missing values: none; the limits are numbers.
 *
 * @param length the number of points
 * @param groups the groups, together covering every point once
 * @param limits one `GroupLimits` per group, from `spcLimits`
 * @param line makes one line of `length` entries (default: a plain array)
 * @returns one entry per point in each line
 * @throws never
 * @example
 * spreadLines(3, [{ start: 0, end: 3 }], [limits]).centreLine; // => [limits.centreLine, x3]
 */
export function spreadLines<Line extends Fillable = number[]>(
  length: number,
  groups: readonly GroupSpan[],
  limits: readonly GroupLimits[],
  line: (length: number) => Line = (n) => new Array<number>(n) as unknown as Line,
): { [name in keyof SpcLines]: Line } {
  const lines = {
    centreLine: line(length),
    lowerLimit: line(length),
    upperLimit: line(length),
    lowerTwoSigma: line(length),
    upperTwoSigma: line(length),
    sigma: line(length),
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
