/**
 * True when two numbers are equal but for floating-point error: within a relative 1e-9 (absolute
 * 1e-9 near 0). Sums of printed whole numbers and their recomputed values are compared this way, so
 * 0.1 + 0.2 is 0.3 while a count that is off by one is not.
 *
 * Missing values: NaN is never nearly equal to anything.
 *
 * @param a one number
 * @param b the other
 * @returns whether they are the same number for the check's purposes
 * @throws never
 * @example
 * nearlyEqual(0.1 + 0.2, 0.3); // => true
 * nearlyEqual(4833 - 3390, 725); // => false
 */
export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
