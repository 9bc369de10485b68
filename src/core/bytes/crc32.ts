/** The CRC-32 table of the polynomial gzip and zip use (0xEDB88320, reflected), made once. */
const TABLE = ((): Int32Array => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/**
 * The CRC-32 of bytes, as a gzip file's trailer records it (ISO 3309, the same as zlib's `crc32`), so
 * a damaged file is told from a sound one. A table lookup per byte: the core may not use Node's zlib
 * (the task pane runs it in the browser), and no library we carry exports one.
 *
 * @param bytes the bytes
 * @param crc the CRC of the bytes before these, to continue it (default 0: a new one)
 * @returns the CRC as an unsigned 32-bit number
 * @throws never
 * @example
 * crc32(new TextEncoder().encode("123456789")); // => 0xcbf43926
 */
export function crc32(bytes: Uint8Array, crc = 0): number {
  let c = ~crc;
  for (let i = 0; i < bytes.length; i++) c = TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}
