/**
 * A count as the report's sentences write it, with a comma between thousands: 10271 is "10,271" (seed
 * 2.1: "from a total of 10,271 crimes to 13,594 crimes"). Written out rather than left to
 * `toLocaleString`, whose separator depends on the machine's locale.
 *
 * Missing values: none; the caller passes a finite number (rounded to `decimals` places).
 *
 * @param count the count, or a centre line or limit
 * @param decimals decimal places (default 0, a whole count)
 * @returns the number as the report's sentences write it
 * @throws never
 * @example
 * countWords(13594);     // => "13,594"
 * countWords(-3);        // => "-3"
 * countWords(1365.25, 1); // => "1,365.3"
 */
export function countWords(count: number, decimals = 0): string {
  const [whole, fraction] = Math.abs(count).toFixed(decimals).split(".");
  const digits = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (fraction ? `.${fraction}` : "");
  return count < 0 && /[1-9]/.test(digits) ? `-${digits}` : digits;
}
