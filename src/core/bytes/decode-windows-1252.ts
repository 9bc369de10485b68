/** Windows-1252's characters for the bytes 80-9F, where it differs from Latin-1 (five bytes are unassigned: kept as the C1 controls). */
const HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/**
 * Decodes Windows-1252 bytes to text: what Excel's plain "CSV" save writes on a UK or Western
 * European Windows machine, where "£" is the byte A3 and "é" is E9. Latin-1 (ISO-8859-1) files read
 * the same way, except that Windows-1252 puts "€", curly quotes and dashes at 80-9F, which Latin-1
 * leaves to control characters that a CSV never holds, so one table serves both, as browsers do.
 *
 * Missing values: an empty range is "".
 *
 * @param bytes the bytes
 * @param start the first byte (default 0)
 * @param end one past the last byte (default the length)
 * @returns the text
 * @throws never
 * @example
 * decodeWindows1252(new Uint8Array([0xa3, 0x35, 0x20, 0x63, 0x61, 0x66, 0xe9])); // => "£5 café"
 */
export function decodeWindows1252(bytes: Uint8Array, start = 0, end = bytes.length): string {
  let out = "";
  for (let i = start; i < end; i += 8192) {
    const stop = Math.min(end, i + 8192);
    const codes = new Array<number>(stop - i);
    for (let k = i; k < stop; k++) {
      const b = bytes[k];
      codes[k - i] = b >= 0x80 && b <= 0x9f ? HIGH.charCodeAt(b - 0x80) : b;
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}
