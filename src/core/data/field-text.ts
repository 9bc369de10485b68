import type { CsvRow } from "./scan-csv";
import { decodeUtf8 } from "./utf8-decode";

/**
 * The text of one field of a scanned CSV record (see `scanCsv`), with doubled quotes undone.
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
  const text = decodeUtf8(bytes, row.starts[field], row.ends[field]);
  return row.quoted[field] === 1 ? text.replace(/""/g, '"') : text;
}
