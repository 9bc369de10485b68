/**
 * The 0-based column number of column letters: the inverse of `columnLetters`.
 *
 * @param letters such as "AB" (case does not matter)
 * @returns the column number, 27 for "AB"
 * @throws {RangeError} when the text is not column letters
 * @example
 * columnNumber("AB"); // => 27
 */
export function columnNumber(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new RangeError(`"${letters}" is not a column such as A or AB.`);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
