import { fieldText } from "./field-text";
import { scanCsv } from "./scan-csv";

/**
 * The records of UTF-8 CSV bytes as rows of field texts, through the scanner every reader shares
 * (`scanCsv`): all of them (`parseCsv`), or the first few of a file's first block (the layout sample),
 * where the scan stops before a record the block does not finish, so a quoted field running past the
 * block is not taken for one that is never closed.
 *
 * Missing values: an empty field is "" (a blank line is a row holding one "").
 *
 * @param bytes the CSV as UTF-8 bytes
 * @param label the file's name, for messages
 * @param options `final: false` when more bytes follow; `maxRows` to stop after that many records; `delimiter`, the
 *   byte between fields (default the comma)
 * @returns the records, each an array of field texts
 * @throws {InputError} when a quoted field is never closed (in a final block), or text follows a closing quote
 * @example
 * csvRows(new TextEncoder().encode("a,b\n1,2\n"), "t.csv", { maxRows: 1 }); // => [["a", "b"]]
 */
export function csvRows(
  bytes: Uint8Array,
  label?: string,
  options: { final?: boolean; maxRows?: number; delimiter?: number } = {},
): string[][] {
  const rows: string[][] = [];
  const most = options.maxRows ?? Infinity;
  if (most <= 0) return rows;
  scanCsv(
    bytes,
    (row) => {
      const fields: string[] = new Array(row.fieldCount);
      for (let f = 0; f < row.fieldCount; f++) fields[f] = fieldText(bytes, row, f);
      rows.push(fields);
      return rows.length < most;
    },
    { label, final: options.final ?? true, delimiter: options.delimiter },
  );
  return rows;
}
