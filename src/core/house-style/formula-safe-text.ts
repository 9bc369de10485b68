/** The first characters that make a spreadsheet read a typed or imported text as a formula (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text made safe to put where a spreadsheet may read it as a formula (a CSV field, a pasted cell):
 * a text beginning with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe,
 * as OWASP's advice on CSV injection says, so Excel shows it as text instead of running
 * `=HYPERLINK(...)` or `+cmd|' /C calc'!A0`, and the house-style sub-category "- Robbery" is not
 * read as a broken formula (#NAME?). Any other text is returned as it is, so the writers can also
 * use this as the test of whether a text could be read as a formula (`formulaSafeText(t) !== t`).
 *
 * Only texts go through it: numbers written as numbers ("-3", "-3.6") are meant to be read as numbers.
 *
 * Missing values: an empty text stays empty.
 *
 * @param text the text of a field or cell
 * @returns the text, with a leading apostrophe when it could be read as a formula
 * @throws never
 * @example
 * formulaSafeText("=HYPERLINK(\"http://x\")"); // => "'=HYPERLINK(\"http://x\")"
 * formulaSafeText("- Robbery"); // => "'- Robbery"
 * formulaSafeText("Burglary"); // => "Burglary"
 */
export function formulaSafeText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
