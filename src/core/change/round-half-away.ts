/**
 * Rounds to a number of decimal places the way Excel's ROUND does: halves go away from zero
 * (ROUND(2.5, 0) = 3, ROUND(-2.5, 0) = -3), unlike `Math.round`, which sends -2.5 to -2.
 *
 * Binary floating point stores 28.65 as 28.64999..., so a plain `x * 10` would round it down; like
 * Excel, this first trims the product to 15 significant digits, the precision Excel displays, so
 * values that look like an exact half are treated as one.
 *
 * Missing values: NaN and infinities are returned unchanged.
 *
 * @param value the number to round
 * @param decimals decimal places, 0 or more (default 0)
 * @returns the rounded number
 * @example
 * roundHalfAway(28.65, 1); // => 28.7
 * roundHalfAway(-0.05, 1); // => -0.1
 */
export function roundHalfAway(value: number, decimals = 0): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = Math.floor(scaled + 0.5) / factor;
  return value < 0 ? -rounded : rounded;
}
