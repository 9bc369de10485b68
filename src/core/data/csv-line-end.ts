const LF = 0x0a;
const CR = 0x0d;

/**
 * The line-end byte of a CSV: LF (which also ends CRLF lines), or CR for an old Mac file whose first
 * 64 KB hold a CR and no LF. Read once from the start of a file, so all its pieces are read alike.
 *
 * @param bytes the file's first bytes
 * @returns 0x0a (LF) or 0x0d (CR)
 * @throws never
 * @example
 * csvLineEnd(encodeUtf8("a\rb\r")); // => 0x0d
 */
export function csvLineEnd(bytes: Uint8Array): number {
  const sample = bytes.subarray(0, 65536);
  return sample.indexOf(LF) < 0 && sample.indexOf(CR) >= 0 ? CR : LF;
}
