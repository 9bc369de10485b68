import type { CsvRow } from "./scan-csv";
import { decodeUtf8 } from "../bytes";
import { isValidUtf8 } from "../bytes";
import { decodeWindows1252 } from "../bytes";

/**
 * The text of one field of a scanned CSV record (see `scanCsv`), with doubled quotes undone.
 *
 * The bytes are UTF-8 (ingestion re-encodes UTF-16 and Windows-1252 files it recognises). A field that
 * is not well-formed UTF-8 all the same (a Windows-1252 "£" beyond the part of the file whose encoding
 * was checked) is read as Windows-1252, never turned into U+FFFD.
 *
 * Missing values: a field beyond the end of a short record reads as "" (blank), as a spreadsheet
 * shows a ragged row.
 *
 * @param bytes the bytes the record was scanned from
 * @param row the record
 * @param field the field's position, 0 for the first
 * @returns the field's text
 * @throws never
 * @example
 * fieldText(bytes, row, 9); // => "Burglary"
 */
export function fieldText(bytes: Uint8Array, row: CsvRow, field: number): string {
  if (field >= row.fieldCount) return "";
  const start = row.starts[field];
  const end = row.ends[field];
  let text = decodeUtf8(bytes, start, end);
  if (text.includes("\uFFFD") && !isValidUtf8(bytes, start, end)) text = decodeWindows1252(bytes, start, end);
  return row.quoted[field] === 1 ? text.replace(/""/g, '"') : text;
}
