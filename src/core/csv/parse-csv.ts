import { csvRows } from "./csv-rows";
import { encodeUtf8 } from "../bytes";
import { detectEncoding } from "../bytes";
import { utf8Pieces } from "../bytes";
import { sniffDelimiter } from "./sniff-delimiter";

/** The bytes as UTF-8: a UTF-16 file re-encoded (Windows-1252 fields are read as such by `fieldText`). */
function inUtf8(bytes: Uint8Array): Uint8Array {
  const encoding = detectEncoding(bytes);
  return encoding === "UTF-16 LE" || encoding === "UTF-16 BE" ? [...utf8Pieces([bytes], encoding)][0] : bytes;
}

/**
 * Parses CSV (RFC 4180) into rows of text fields: for small inputs such as a population table, a
 * district-to-division mapping or a long table of monthly counts.
 *
 * It reads through the same scanner as the large-extract path (`scanCsv`), so both agree on quoting:
 * quoted fields may hold commas, line breaks and doubled quotes; a byte order mark is skipped; CRLF
 * and LF both end a record; a final line break adds no empty record. Fields may be separated by commas,
 * tabs, semicolons or pipes: the delimiter is found from the first lines (`sniffDelimiter`). For a
 * million-row extract use `buildDataset`, which never builds this array of strings.
 *
 * Missing values: an empty field is "" (a blank line is a row holding one ""). Accepts text or the
 * file's bytes: UTF-8, UTF-16 (with or without its byte order mark) or Windows-1252.
 *
 * @param input the CSV text or its UTF-8 bytes
 * @param label the file's name, for messages (default "the CSV")
 * @returns the records, each an array of field texts
 * @throws {InputError} when a quoted field is never closed, or text follows a closing quote
 * @example
 * parseCsv('a,"b, c"\r\n1,"say ""hi"""\n'); // => [["a", "b, c"], ["1", 'say "hi"']]
 */
export function parseCsv(input: string | Uint8Array, label?: string): string[][] {
  const bytes = typeof input === "string" ? encodeUtf8(input) : inUtf8(input);
  return csvRows(bytes, label, { delimiter: sniffDelimiter(bytes.subarray(0, 65536)).byte });
}
