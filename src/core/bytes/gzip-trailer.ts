import { InputError } from "..";

/**
 * Checks one gzip member's unpacked bytes against its trailer (RFC 1952): the CRC-32 and the length
 * modulo 2^32 the file recorded when it was made. A bit flipped anywhere, which `gzip -t` rejects,
 * changes one or both, where inflating alone may still give bytes (corrupted crime IDs, exit 0).
 *
 * @param trailer the member's last 8 bytes: CRC-32 then length, both little-endian
 * @param crc the CRC-32 of the bytes unpacked
 * @param length how many bytes were unpacked
 * @param name the file's name, for the message
 * @returns nothing
 * @throws {InputError} naming the file when either does not match
 * @example
 * checkGzipTrailer(bytes.subarray(bytes.length - 8), crc32(plain), plain.length, "street.csv.gz");
 */
export function checkGzipTrailer(trailer: Uint8Array, crc: number, length: number, name: string): void {
  const view = new DataView(trailer.buffer, trailer.byteOffset, trailer.byteLength);
  const ok =
    trailer.length === 8 && view.getUint32(0, true) === crc >>> 0 && view.getUint32(4, true) === length % 2 ** 32;
  if (!ok)
    throw new InputError(
      `${name} is damaged: its check sum does not match what it unpacks to (the file was changed or cut after it was packed). Download or copy it again.`,
    );
}
