import { concatBytes } from "./concat-bytes";
import type { TextEncoding } from "./detect-encoding";
import { decodeWindows1252 } from "./decode-windows-1252";
import { encodeUtf8 } from "./utf8-encode";

/**
 * A file's pieces re-encoded as UTF-8, so the byte scanner (`scanCsv`), which finds commas, quotes and
 * line ends as single bytes, reads a UTF-16 or Windows-1252 file as it reads UTF-8. UTF-8 pieces pass
 * through untouched (no copy: the common case costs nothing). A UTF-16 byte order mark is dropped;
 * a code unit or surrogate pair cut between two pieces is carried to the next; an unpaired surrogate
 * becomes U+FFFD.
 *
 * Missing values: empty pieces give empty pieces; an odd last byte of a UTF-16 file is dropped.
 *
 * @param pieces the file's bytes, in pieces read one after another
 * @param encoding the file's encoding (see `detectEncoding`)
 * @returns the UTF-8 bytes, in pieces
 * @throws never
 * @example
 * [...utf8Pieces([new Uint8Array([0xa3, 0x35])], "Windows-1252")]; // => [bytes of "£5" in UTF-8]
 */
export function* utf8Pieces(pieces: Iterable<Uint8Array>, encoding: TextEncoding): Generator<Uint8Array> {
  if (encoding === "UTF-8") {
    yield* pieces;
    return;
  }
  if (encoding === "Windows-1252") {
    for (const piece of pieces) yield encodeUtf8(decodeWindows1252(piece));
    return;
  }
  const bigEndian = encoding === "UTF-16 BE";
  let carried = new Uint8Array(0);
  let first = true;
  for (const piece of pieces) {
    const bytes = carried.length === 0 ? piece : concatBytes([carried, piece]);
    let units = bytes.length >> 1;
    // A high surrogate at the end waits for its pair in the next piece.
    if (units > 0 && isHighSurrogate(unitAt(bytes, units - 1, bigEndian))) units--;
    let text = "";
    const codes: number[] = [];
    for (let u = first && unitAt(bytes, 0, bigEndian) === 0xfeff && units > 0 ? 1 : 0; u < units; u++) {
      codes.push(unitAt(bytes, u, bigEndian));
      if (codes.length === 8192) text += flush(codes);
    }
    text += flush(codes);
    if (units > 0) first = false;
    carried = bytes.slice(units * 2);
    yield encodeUtf8(text);
  }
}

function unitAt(bytes: Uint8Array, unit: number, bigEndian: boolean): number {
  const at = unit * 2;
  return bigEndian ? (bytes[at] << 8) | bytes[at + 1] : bytes[at] | (bytes[at + 1] << 8);
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/** The code units as text (unpaired surrogates become U+FFFD in `encodeUtf8`), emptying the list. */
function flush(codes: number[]): string {
  const text = String.fromCharCode(...codes);
  codes.length = 0;
  return text;
}
