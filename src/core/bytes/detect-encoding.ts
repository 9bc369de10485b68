import { isValidUtf8 } from "./is-valid-utf8";

/** The text encodings ingestion reads. */
export type TextEncoding = "UTF-8" | "UTF-16 LE" | "UTF-16 BE" | "Windows-1252";

/** How much of a file's start is checked: enough for thousands of rows, little next to a 200 MB file. */
const CHECKED = 1 << 20;

/**
 * The text encoding of a CSV, from its first bytes: UTF-16 (Excel's "Unicode text") by its byte order
 * mark, or without one when most of the first bytes pair ASCII with zero bytes; otherwise UTF-8 when
 * the first megabyte is well-formed UTF-8 (ASCII is both), and Windows-1252 when it is not (Excel's
 * plain "CSV" on a UK Windows machine writes "£" as the byte A3, which UTF-8 would turn into U+FFFD).
 *
 * A UTF-8 byte order mark is UTF-8. A file whose first non-UTF-8 byte lies beyond the first megabyte
 * is still read correctly field by field (see `fieldText`).
 *
 * Missing values: empty bytes are UTF-8.
 *
 * @param bytes the file's first bytes (a sample or its first read block)
 * @returns the encoding
 * @throws never
 * @example
 * detectEncoding(new Uint8Array([0xff, 0xfe, 0x4d, 0x00])); // => "UTF-16 LE"
 */
export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "UTF-16 LE";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "UTF-16 BE";
  const end = Math.min(bytes.length, CHECKED);
  const zeros = zeroBytes(bytes, Math.min(end, 4096));
  if (zeros.odd > zeros.pairs * 0.8) return "UTF-16 LE";
  if (zeros.even > zeros.pairs * 0.8) return "UTF-16 BE";
  return isValidUtf8(bytes, 0, end, end < bytes.length) ? "UTF-8" : "Windows-1252";
}

/** Zero bytes at odd and even positions of the first `end` bytes: ASCII in UTF-16 has a zero in every pair. */
function zeroBytes(bytes: Uint8Array, end: number): { odd: number; even: number; pairs: number } {
  let odd = 0;
  let even = 0;
  for (let i = 0; i + 1 < end; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  return { odd, even, pairs: Math.max(1, Math.floor(end / 2)) };
}
