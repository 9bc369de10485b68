/**
 * True when the bytes are well-formed UTF-8 (RFC 3629): no stray continuation byte, no lead byte
 * without its continuations, no overlong form, no surrogate, nothing above U+10FFFF. With
 * `cutAtEnd`, a sequence left unfinished by the end of the range (a sample or read block that stops
 * mid-character) does not count against it.
 *
 * It tells a UTF-8 file from a Windows-1252 or Latin-1 one (Excel's plain "CSV" on a UK Windows
 * machine): "£" is the single byte A3 there, which is never valid UTF-8 on its own, while real UTF-8
 * text of any length almost never happens to be valid Windows-1252 in disguise and vice versa.
 *
 * Missing values: an empty range is valid.
 *
 * @param bytes the bytes
 * @param start the first byte (default 0)
 * @param end one past the last byte (default the length)
 * @param cutAtEnd true to accept a sequence cut by `end` (default false)
 * @returns whether the range is well-formed UTF-8
 * @throws never
 * @example
 * isValidUtf8(new Uint8Array([0xc2, 0xa3])); // => true ("£" in UTF-8)
 * isValidUtf8(new Uint8Array([0xa3, 0x35])); // => false ("£5" in Windows-1252)
 */
export function isValidUtf8(bytes: Uint8Array, start = 0, end = bytes.length, cutAtEnd = false): boolean {
  let i = start;
  while (i < end) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    const size =
      lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (size === 0) return false;
    // The second byte's range rules out overlong forms, surrogates (ED A0..BF) and code points above U+10FFFF.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k < size; k++) {
      if (i + k >= end) return cutAtEnd;
      const next = bytes[i + k];
      if (k === 1 ? next < low || next > high : (next & 0xc0) !== 0x80) return false;
    }
    i += size;
  }
  return true;
}
