import type { PrintedNumber } from "./check-types";

/** Every space a paste from Word or a PDF brings: non-breaking, thin, narrow, figure, ideographic. */
const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;
/** Zero-width characters, which are invisible in the cell. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
/** Minus signs and dashes that Word and PDFs print for "-". */
const MINUS = /[\u2212\u2010-\u2015\ufe63\uff0d]/g;
/** One footnote mark at the end: *, daggers, superscripts, "^a", "[note 1]", "(a)". */
const FOOTNOTE = /(\^\w+|\[[^\]]*\]|\([a-z]\)|[*†‡§¶\u00b9\u00b2\u00b3\u2070\u2074-\u2079\u1d43-\u1d5b])$/i;
/** How tables print "not available". */
const MISSING = /^(n\/?a|n\.a\.?|not available|n\/k|n\/c|-|\.\.|\.\.\.|:|x|#+|\*+)$/i;
/** A number as typed: thousands in groups of three (comma or space) or none, optional decimals. */
const DIGITS = /^(\d{1,3}(?:[, ]\d{3})+|\d+)?(\.\d+)?$/;

/**
 * Reads a cell as an analyst typed or pasted it into a table: "13,594", "+32.4%", "-5.8 %", "(1,234)"
 * (an accountant's -1234), "1 234", "+ 2645", a shared rank "3=" or "=3", non-breaking and thin spaces, a Unicode minus or a dash,
 * and a footnote mark after the value ("N/A*", "125¹", "12†"). "N/A", "..", "-", "x" and "##" (Excel's
 * too-narrow column, as the seed prints burglary's changes) are read as not available. The decimals
 * printed are kept, because a printed value is checked at the precision it was printed to. A leading
 * apostrophe marks a text, as in a spreadsheet: it is how a CSV keeps "'- Robbery" (older toolkit files) from being
 * read as a formula, so the apostrophe is taken off and the cell is text.
 *
 * Missing values: null, undefined, "" and spaces are "blank"; the not-available marks are "missing";
 * NaN is "blank". A number value (a workbook cell) is taken to the 15 significant digits Excel shows,
 * with `raw` set: its decimals are those of the value itself, since the display format is not known.
 *
 * @param cell a cell value: text from a file, or a number or text from a workbook
 * @returns the value read, its kind, printed decimals and footnote mark
 * @throws never
 * @example
 * parsePrintedNumber("+ 2645").value;   // => 2645
 * parsePrintedNumber("-5.8 %");         // => { value: -5.8, kind: "percent", decimals: 1, ... }
 * parsePrintedNumber("(1,234)").value;  // => -1234
 * parsePrintedNumber("N/A*");           // => { value: null, kind: "missing", footnote: "*", ... }
 */
export function parsePrintedNumber(cell: unknown): PrintedNumber {
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return blank("");
    // Excel shows 15 significant digits: 0.6890000000000001 (28.6% stored as a fraction) is 0.689.
    const shown = Number(cell.toPrecision(15));
    return { value: shown, kind: "number", decimals: decimalsOf(shown), footnote: "", text: String(shown), raw: true };
  }
  const text =
    typeof cell === "string"
      ? cell.replace(INVISIBLE, "").replace(SPACES, " ").trim()
      : typeof cell === "boolean"
        ? String(cell).toUpperCase()
        : "";
  if (text === "") return blank(text);
  if (text.startsWith("'"))
    return { value: null, kind: "text", decimals: 0, footnote: "", text: text.slice(1), raw: false };
  if (/^#+$/.test(text)) return { value: null, kind: "missing", decimals: 0, footnote: "", text, raw: false };
  let core = text;
  let footnote = "";
  for (let mark = FOOTNOTE.exec(core); mark && mark.index > 0; mark = FOOTNOTE.exec(core)) {
    footnote = mark[0] + footnote;
    core = core.slice(0, mark.index).trimEnd();
  }
  if (MISSING.test(core.replace(MINUS, "-")))
    return { value: null, kind: "missing", decimals: 0, footnote, text, raw: false };
  const read = numberOf(core.replace(MINUS, "-"));
  if (!read) return { value: null, kind: "text", decimals: 0, footnote: "", text, raw: false };
  return { ...read, footnote, text, raw: false };
}

function blank(text: string): PrintedNumber {
  return { value: null, kind: "blank", decimals: 0, footnote: "", text, raw: false };
}

/** The number in `core` (no footnote), or null when it is not one. */
function numberOf(core: string): { value: number; kind: "number" | "percent"; decimals: number } | null {
  // A shared rank is printed "3=" or "=3" (joint third).
  let rest = /^=?\d+=?$/.test(core) ? core.replace(/=/g, "") : core.replace(/^£\s?/, "");
  let negative = false;
  const sign = /^([+-])\s?/.exec(rest);
  if (sign) {
    negative = sign[1] === "-";
    rest = rest.slice(sign[0].length);
  }
  const percent = /\s?%$/.test(rest);
  if (percent) rest = rest.replace(/\s?%$/, "");
  const bracketed = /^\((.+)\)$/.exec(rest);
  if (bracketed && !sign) {
    negative = true;
    rest = bracketed[1].trim();
  }
  const digits = DIGITS.exec(rest);
  if (!digits || (digits[1] === undefined && digits[2] === undefined)) return null;
  const value = Number(rest.replace(/[, ]/g, ""));
  return {
    value: negative && value !== 0 ? -value : value,
    kind: percent ? "percent" : "number",
    decimals: digits[2] ? digits[2].length - 1 : 0,
  };
}

/** Decimal places of a number as JavaScript writes it shortest (28.6 has 1), at most 10. */
function decimalsOf(value: number): number {
  const text = String(value);
  if (/e/i.test(text)) return 10;
  const point = text.indexOf(".");
  return point < 0 ? 0 : Math.min(10, text.length - point - 1);
}
