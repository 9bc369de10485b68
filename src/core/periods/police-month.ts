/**
 * The month index (see month-index) of police.uk's "YYYY-MM" month text, read from its character codes
 * rather than by a regular expression, because a force's year of records passes through here once per row;
 * -1 when the text is not exactly that form with a real month from 1900, for a full reader to judge.
 *
 * Missing values: not taken; the caller passes text only (a blank is not of the form, so -1).
 *
 * @param text the cell's text
 * @returns the month index (year * 12 + month - 1), or -1
 * @throws never
 * @example
 * policeMonth("2017-10"); // => 24213
 * policeMonth("Oct-17"); // => -1
 */
export function policeMonth(text: string): number {
  if (text.length !== 7 || text.charCodeAt(4) !== 45) return -1;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    year = year * 10 + digit;
  }
  const tens = text.charCodeAt(5) - 48;
  const units = text.charCodeAt(6) - 48;
  if (tens < 0 || tens > 1 || units < 0 || units > 9) return -1;
  const month = tens * 10 + units;
  return month >= 1 && month <= 12 && year >= 1900 ? year * 12 + month - 1 : -1;
}
