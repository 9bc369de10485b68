import { gunzipSync } from "fflate";
import { InputError } from "..";
import { crc32 } from "./crc32";
import { checkGzipTrailer } from "./gzip-trailer";

/** The most a file may unpack to here (its trailer says how much before anything is unpacked): 1 GB. */
const LARGEST = 1 << 30;

/**
 * The bytes of a file, gunzipped when they are gzip (police.uk archives and our test data are
 * `.csv.gz`), unchanged otherwise.
 *
 * Uses fflate, which is pure JavaScript, so the core stays free of Node's zlib and the task pane can
 * open a `.csv.gz` in the browser. The command-line tool uses Node's zlib instead (native, faster on
 * a 200 MB file) and hands the core plain bytes.
 *
 * The unpacked bytes are checked against the file's CRC-32 and length, so a damaged file is refused
 * rather than read with corrupted fields. A file of several gzip members is refused by that check too
 * (fflate's one-shot unpacking reads only the first), never read in part.
 *
 * @param bytes the file's bytes
 * @param name the file's name, for the message
 * @returns the plain bytes
 * @throws {InputError} when the bytes start like gzip but cannot be unpacked, are damaged (their
 *   CRC-32 or length does not match) or say they unpack to more than 1 GB
 * @example
 * const csv = gunzipIfNeeded(fileBytes, "2018-10-kent-street.csv.gz");
 */
export function gunzipIfNeeded(bytes: Uint8Array, name = "the file"): Uint8Array {
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const trailer = bytes.subarray(Math.max(0, bytes.length - 8));
  const declared = trailer.length === 8 ? new DataView(trailer.buffer, trailer.byteOffset, 8).getUint32(4, true) : 0;
  // fflate makes room for the length the trailer gives: a damaged or crafted one must not claim gigabytes.
  if (declared > LARGEST)
    throw new InputError(
      `${name} looks gzipped but cannot be unpacked here: its last bytes say it unpacks to ${Math.round(declared / 2 ** 20)} MB, more than the ${LARGEST >> 20} MB read here (or the file is cut short); is it complete?`,
    );
  let plain: Uint8Array;
  try {
    plain = gunzipSync(bytes);
  } catch (error) {
    throw new InputError(`${name} looks gzipped but cannot be unpacked (${(error as Error).message}); is it complete?`);
  }
  checkGzipTrailer(trailer, crc32(plain), plain.length, name);
  return plain;
}
