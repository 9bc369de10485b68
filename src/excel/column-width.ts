/**
 * Column widths, in the one unit the WorkbookPort takes: points, which is what Office.js
 * `RangeFormat.columnWidth` reads (office-js issue 187). Excel's own dialog speaks of characters; a width
 * in characters passed as points makes a column about six times too narrow (scores show as ####). Every
 * width the toolkit sets is made here from a number of characters.
 */

/** Excel's widest column: 255 characters of the default font, in points. */
export const MAX_COLUMN_WIDTH_POINTS = 1342.5; // (255 x 7 + 5) pixels at 0.75 points each

/**
 * The width in points that shows `characters` characters of Calibri 11 (Excel's default font): about 6
 * points a character, a little more than the font's average, and 10 points of margin, so that a figure
 * fitted this way never shows as ####.
 *
 * @param characters how many characters the column must show
 * @returns the width in points, rounded, at most Excel's widest column
 * @throws {RangeError} when `characters` is not a finite number of 0 or more
 * @example
 * pointsForCharacters(14); // => 94
 */
export function pointsForCharacters(characters: number): number {
  if (!Number.isFinite(characters) || characters < 0)
    throw new RangeError(`A column cannot be ${characters} characters wide.`);
  return Math.min(Math.round(characters * 6 + 10), MAX_COLUMN_WIDTH_POINTS);
}
