/**
 * Decodes UTF-8 bytes to text, without TextDecoder (the core has no DOM or Node API).
 *
 * CSV fields are read as bytes for speed (see `scanCsv`) and turned into text only when a new
 * category, area or month is met, so this runs once per distinct value, not once per row. ASCII, the
 * common case in police.uk files, is copied straight; other characters ("Clos Y Bwâu") are decoded
 * from their 2-, 3- or 4-byte sequences. A malformed sequence becomes U+FFFD, as browsers do.
 *
 * @param bytes the bytes
 * @param start the first byte (default 0)
 * @param end one past the last byte (default the length)
 * @returns the text
 * @throws never
 * @example
 * decodeUtf8(new Uint8Array([0x42, 0x77, 0xc3, 0xa2, 0x75])); // => "Bwâu"
 */
export function decodeUtf8(bytes: Uint8Array, start = 0, end = bytes.length): string {
  let out = "";
  let i = start;
  while (i < end) {
    const runEnd = asciiRunEnd(bytes, i, end);
    if (runEnd > i) {
      out += asciiText(bytes, i, runEnd);
      i = runEnd;
      continue;
    }
    const [codePoint, size] = decodeSequence(bytes, i, end);
    out += String.fromCodePoint(codePoint);
    i += size;
  }
  return out;
}

function asciiRunEnd(bytes: Uint8Array, from: number, end: number): number {
  let i = from;
  while (i < end && bytes[i] < 0x80) i++;
  return i;
}

/** Copies ASCII bytes in chunks, because String.fromCharCode takes its arguments on the stack. */
function asciiText(bytes: Uint8Array, start: number, end: number): string {
  let out = "";
  for (let i = start; i < end; i += 8192) {
    out += String.fromCharCode.apply(null, bytes.subarray(i, Math.min(end, i + 8192)) as unknown as number[]);
  }
  return out;
}

/** One multi-byte sequence starting at `i`: its code point and length, or U+FFFD and 1 when malformed. */
function decodeSequence(bytes: Uint8Array, i: number, end: number): [number, number] {
  const lead = bytes[i];
  const size = lead >= 0xf0 && lead < 0xf8 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 0;
  if (size === 0 || i + size > end) return [0xfffd, 1];
  let codePoint = lead & (0x7f >> size);
  for (let k = 1; k < size; k++) {
    const next = bytes[i + k];
    if ((next & 0xc0) !== 0x80) return [0xfffd, 1];
    codePoint = (codePoint << 6) | (next & 0x3f);
  }
  return codePoint > 0x10ffff ? [0xfffd, 1] : [codePoint, size];
}
