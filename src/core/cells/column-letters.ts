/**
 * The column letters of a 0-based column number, as Excel names columns.
 *
 * @param column 0 for "A", 25 for "Z", 26 for "AA"
 * @returns the letters
 * @throws {RangeError} when the column is negative or not whole
 * @example
 * columnLetters(27); // => "AB"
 */
export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 0)
    throw new RangeError(`A column number must be 0 or more, not ${column}.`);
  let text = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  }
  return text;
}
