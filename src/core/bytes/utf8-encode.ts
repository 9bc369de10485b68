/**
 * Encodes text as UTF-8 bytes, without TextEncoder (the core has no DOM or Node API).
 *
 * CSV text handed to the core as a string (pasted, or read by the task pane) is encoded once so that
 * the same fast byte scanner (`scanCsv`) reads both strings and files. ASCII text is copied byte for
 * byte; other characters take their 2-, 3- or 4-byte sequences; a lone surrogate becomes U+FFFD.
 *
 * @param text the text
 * @returns its UTF-8 bytes
 * @throws never
 * @example
 * encodeUtf8("Bwâu"); // => Uint8Array [0x42, 0x77, 0xc3, 0xa2, 0x75]
 */
export function encodeUtf8(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 3);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      out[n++] = c;
      continue;
    }
    if (c >= 0xd800 && c < 0xe000) {
      const low = text.charCodeAt(i + 1);
      const paired = c < 0xdc00 && low >= 0xdc00 && low < 0xe000;
      c = paired ? 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00) : 0xfffd;
      if (paired) i++;
    }
    n = writeSequence(out, n, c);
  }
  return out.slice(0, n);
}

function writeSequence(out: Uint8Array, n: number, c: number): number {
  if (c < 0x800) {
    out[n++] = 0xc0 | (c >> 6);
  } else if (c < 0x10000) {
    out[n++] = 0xe0 | (c >> 12);
    out[n++] = 0x80 | ((c >> 6) & 0x3f);
  } else {
    out[n++] = 0xf0 | (c >> 18);
    out[n++] = 0x80 | ((c >> 12) & 0x3f);
    out[n++] = 0x80 | ((c >> 6) & 0x3f);
  }
  out[n++] = 0x80 | (c & 0x3f);
  return n;
}
