/**
 * An ordinal as the report writes it: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd.
 *
 * Missing values: none; the caller passes a whole number of 1 or more.
 *
 * @param n the position
 * @returns "6th" and the like
 * @throws never
 * @example
 * ordinal(6); // => "6th" (seed 2.1: "ranked 6th out of all of the districts in Kent")
 */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}
