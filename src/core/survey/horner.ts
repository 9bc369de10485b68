/**
 * Evaluates a polynomial by Horner's rule, the stable and cheap way to evaluate the rational
 * approximations of `normalCdf` and `normalQuantile`.
 *
 * Missing values: NaN in `x` or a coefficient gives NaN.
 *
 * @param x the point
 * @param coefficients the coefficients from the highest power down to the constant
 * @returns the polynomial's value at `x`
 * @throws nothing
 * @example
 * horner(2, [1, 0, -1]); // => 3  (x^2 - 1)
 */
export function horner(x: number, coefficients: readonly number[]): number {
  return coefficients.reduce((sum, c) => sum * x + c, 0);
}
