/**
 * How many rows to read per request so that a read stays under Excel on the web's 5 MB request and
 * response limit (and far under the 5,000,000-cell limit of every platform).
 *
 * Office.js sends `range.values` as JSON. A police.uk row of 12 columns is about 230 bytes (its Crime
 * ID alone is 64 characters), so the first chunk assumes a generous 64 bytes per cell; later chunks are
 * sized from the measured JSON size of a sample of the rows just read (64 rows spread evenly over the
 * chunk), with a quarter again as margin, so a file of long texts gets smaller chunks and a file of
 * numbers larger ones. Sizing from a sample costs microseconds where serialising every chunk cost a
 * second for a force's year. Should a chunk still come back too large for Excel on the web (a sheet
 * sorted so that its rows grow much longer part way down), that chunk is read again in halves.
 * Both workbook implementations use this, so the in-memory workbook counts the same number of `sync`
 * calls as Excel would make.
 */
import { encodeUtf8 } from "../core/bytes";

/** The bytes one request may carry: 5 MB less a margin for the JSON envelope. */
const PAYLOAD_BUDGET = 4_000_000;
/** Excel's cap on cells per read, with a margin. */
const CELL_BUDGET = 4_000_000;
const FIRST_GUESS_BYTES_PER_CELL = 64;
/** Rows measured per chunk to size the next one. */
const SAMPLE_ROWS = 64;
/** Headroom over the sampled size, for rows longer than the sample's average. */
const MARGIN = 1.25;

/**
 * Rows per chunk for a block `columns` wide.
 *
 * @param columns the width of the block
 * @param bytesPerRow the estimated JSON size of one row (`sampledBytesPerRow` of the previous chunk), when known
 * @returns rows per chunk, at least 1
 * @example
 * rowsPerChunk(12); // => 5208 (4,000,000 / (12 x 64))
 * rowsPerChunk(12, 229); // => 13973 (4,000,000 / (229 x 1.25))
 */
export function rowsPerChunk(columns: number, bytesPerRow?: number): number {
  const width = Math.max(1, columns);
  const perRow = bytesPerRow && bytesPerRow > 0 ? bytesPerRow * MARGIN : width * FIRST_GUESS_BYTES_PER_CELL;
  return Math.max(1, Math.min(Math.floor(PAYLOAD_BUDGET / perRow), Math.floor(CELL_BUDGET / width)));
}

/**
 * The average JSON size in UTF-8 bytes of one row as Office.js sends it (with the comma between rows),
 * measured on up to 64 rows spread evenly from the first to the last, to size the next chunk.
 *
 * @param rows the rows just read
 * @returns bytes per row, 0 for no rows
 * @example
 * sampledBytesPerRow([["ab", 1]]); // => 9, the length of ["ab",1] and a comma
 */
export function sampledBytesPerRow(rows: readonly (readonly unknown[])[]): number {
  if (rows.length === 0) return 0;
  const n = Math.min(SAMPLE_ROWS, rows.length);
  let bytes = 0;
  for (let k = 0; k < n; k++) {
    const row = rows[n === 1 ? 0 : Math.round((k * (rows.length - 1)) / (n - 1))];
    bytes += encodeUtf8(JSON.stringify(row)).length + 1; // UTF-8 bytes, what the request carries (`length` counts UTF-16 units)
  }
  return bytes / n;
}

/**
 * Excel on the web's answer to a request or a response over its 5 MB limit (OfficeExtension.Error's code,
 * or its message). A read is a small request with a large response, so an oversized read fails with
 * ResponsePayloadSizeLimitExceeded; a write with RequestPayloadSizeLimitExceeded. Both are halved.
 */
function tooLarge(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const codes = /^(Request|Response)PayloadSizeLimitExceeded$/;
  return (
    (typeof code === "string" && codes.test(code)) || /(Request|Response)PayloadSizeLimitExceeded/.test(String(message))
  );
}

/**
 * Reads `rowCount` rows in chunks through `readRows(start, count)`, each chunk sized from the last;
 * a chunk Excel refuses as too large is read again in halves.
 *
 * @param rowCount the number of rows to read
 * @param columns the block's width
 * @param readRows reads `count` rows from offset `start`, one request each
 * @returns all the rows, in order
 * @throws whatever `readRows` throws, except a payload refusal of a chunk that can still be halved
 * @example
 * await readInChunks(10, 2, async (start, count) => rows.slice(start, start + count));
 */
export async function readInChunks<T>(
  rowCount: number,
  columns: number,
  readRows: (start: number, count: number) => Promise<T[][]>,
): Promise<T[][]> {
  const all: T[][] = [];
  let chunk = rowsPerChunk(columns);
  for (let start = 0; start < rowCount; ) {
    const count = Math.min(chunk, rowCount - start);
    let rows: T[][];
    try {
      rows = await readRows(start, count);
    } catch (error) {
      if (count === 1 || !tooLarge(error)) throw error;
      chunk = Math.ceil(count / 2);
      continue;
    }
    for (const row of rows) all.push(row);
    start += count;
    chunk = rowsPerChunk(columns, sampledBytesPerRow(rows));
  }
  return all;
}
