/**
 * Decimal digits, with commas between thousands if any ("1,204"), a sign, decimals and an exponent
 * ("1e+05", as R writes 100000); nothing else: JavaScript's own `Number` also reads "0x10" as 16,
 * "0b11" as 3, "0o17" as 15 and "Infinity", none of which a spreadsheet or a publisher means as a count.
 */
const DECIMAL = /^[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * The number a cell holds when it is written in decimal, as counts and populations are: a number
 * cell, or text of decimal digits with optional thousands separators, sign, decimals and exponent.
 * Anything else is not read as a number, so a hex, binary or octal spelling never becomes a count,
 * and no number beyond the largest whole number held exactly (2^53 - 1, about 9 * 10^15) or not
 * finite is handed on, where sums of it would be wrong or print "Infinity".
 *
 * Missing values: blank text, null and other types give undefined (the caller decides what blank means).
 *
 * @param value a cell's value: a number or text
 * @returns the number, or undefined when the value is not a decimal number within that range
 * @throws never
 * @example
 * decimalNumber("1,204"); // => 1204
 * decimalNumber("0x10");  // => undefined
 * decimalNumber("1e308"); // => undefined
 */
export function decimalNumber(value: unknown): number | undefined {
  if (typeof value === "number") return inRange(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  if (!DECIMAL.test(text)) return undefined;
  const n = Number(text.replace(/,/g, ""));
  // An exponent can also make a count vanish (1e-400 is 0): that is not a decimal reading either.
  if (n === 0 && /[1-9]/.test(text.replace(/[eE].*$/, ""))) return undefined;
  return inRange(n) ? n : undefined;
}

function inRange(n: number): boolean {
  return Number.isFinite(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER;
}
