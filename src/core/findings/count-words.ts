/**
 * A count as the report's sentences write it, with a comma between thousands: 10271 is "10,271" (seed
 * 2.1: "from a total of 10,271 crimes to 13,594 crimes"). Written out rather than left to
 * `toLocaleString`, whose separator depends on the machine's locale.
 *
 * Missing values: none; the caller passes a finite number (it is rounded to a whole number).
 *
 * @param count the count
 * @returns the count in words' figures
 * @throws never
 * @example
 * countWords(13594); // => "13,594"
 * countWords(-3);    // => "-3"
 */
export function countWords(count: number): string {
  const whole = Math.round(Math.abs(count));
  const digits = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return count < 0 && whole !== 0 ? `-${digits}` : digits;
}
