import * as zlib from "zlib";
import { crc32 as portableCrc32 } from "../core/bytes";

/**
 * The CRC-32 of bytes, continuing `crc`: Node's native zlib.crc32 where this Node has it (20.15 and
 * later), the core's portable table otherwise.
 *
 * @param bytes the bytes
 * @param crc the CRC of the bytes before these (default 0)
 * @returns the CRC as an unsigned 32-bit number
 * @throws never
 * @example
 * crc32(Buffer.from("123456789")); // => 0xcbf43926
 */
export const crc32: (bytes: Uint8Array, crc?: number) => number =
  typeof (zlib as { crc32?: unknown }).crc32 === "function"
    ? (bytes, crc = 0) => (zlib as unknown as { crc32(b: Uint8Array, c: number): number }).crc32(bytes, crc)
    : portableCrc32;
