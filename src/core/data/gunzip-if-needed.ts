import { gunzipSync } from "fflate";
import { InputError } from "../errors";

/**
 * The bytes of a file, gunzipped when they are gzip (police.uk archives and our test data are
 * `.csv.gz`), unchanged otherwise.
 *
 * Uses fflate, which is pure JavaScript, so the core stays free of Node's zlib and the task pane can
 * open a `.csv.gz` in the browser. The command-line tool uses Node's zlib instead (native, faster on
 * a 200 MB file) and hands the core plain bytes.
 *
 * @param bytes the file's bytes
 * @param name the file's name, for the message
 * @returns the plain bytes
 * @throws {InputError} when the bytes start like gzip but cannot be unpacked
 * @example
 * const csv = gunzipIfNeeded(fileBytes, "2018-10-kent-street.csv.gz");
 */
export function gunzipIfNeeded(bytes: Uint8Array, name = "the file"): Uint8Array {
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  try {
    return gunzipSync(bytes);
  } catch (error) {
    throw new InputError(`${name} looks gzipped but cannot be unpacked (${(error as Error).message}); is it complete?`);
  }
}
