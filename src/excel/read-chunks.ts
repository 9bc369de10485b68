/**
 * How many rows to read per request so that a read stays under Excel on the web's 5 MB request and
 * response limit (and far under the 5,000,000-cell limit of every platform).
 *
 * Office.js sends `range.values` as JSON. A police.uk row of 12 columns is about 250 bytes (its Crime
 * ID alone is 64 characters), so the first chunk assumes a generous 64 bytes per cell; later chunks use
 * the size actually measured on the previous chunk, with a safety margin, so a file of long texts gets
 * smaller chunks and a file of numbers larger ones. Both workbook implementations use this, so the
 * in-memory workbook counts the same number of `sync` calls as Excel would make.
 */

/** The bytes one request may carry: 5 MB less a margin for the JSON envelope. */
const PAYLOAD_BUDGET = 4_000_000;
/** Excel's cap on cells per read, with a margin. */
const CELL_BUDGET = 4_000_000;
const FIRST_GUESS_BYTES_PER_CELL = 64;

/**
 * Rows per chunk for a block `columns` wide.
 *
 * @param columns the width of the block
 * @param measuredBytesPerRow the JSON size of one row in the previous chunk, when known
 * @returns rows per chunk, at least 1
 * @example
 * rowsPerChunk(12); // => 5208
 */
export function rowsPerChunk(columns: number, measuredBytesPerRow?: number): number {
  const width = Math.max(1, columns);
  const perRow = measuredBytesPerRow && measuredBytesPerRow > 0 ? measuredBytesPerRow * 1.5 : width * FIRST_GUESS_BYTES_PER_CELL;
  return Math.max(1, Math.min(Math.floor(PAYLOAD_BUDGET / perRow), Math.floor(CELL_BUDGET / width)));
}

/**
 * The JSON size of a block of rows per row, as Office.js would send it, to size the next chunk.
 *
 * @param rows the rows just read
 * @returns bytes per row, 0 for no rows
 * @example
 * bytesPerRow([["ab", 1]]); // => 9
 */
export function bytesPerRow(rows: readonly (readonly unknown[])[]): number {
  if (rows.length === 0) return 0;
  return JSON.stringify(rows).length / rows.length;
}

/**
 * Reads `rowCount` rows in chunks through `readRows(start, count)`, each chunk sized from the last.
 *
 * @param rowCount the number of rows to read
 * @param columns the block's width
 * @param readRows reads `count` rows from offset `start`, one request each
 * @returns all the rows, in order
 * @example
 * await readInChunks(10, 2, async (start, count) => rows.slice(start, start + count));
 */
export async function readInChunks<T>(rowCount: number, columns: number, readRows: (start: number, count: number) => Promise<T[][]>): Promise<T[][]> {
  const all: T[][] = [];
  let chunk = rowsPerChunk(columns);
  for (let start = 0; start < rowCount; ) {
    const count = Math.min(chunk, rowCount - start);
    const rows = await readRows(start, count);
    for (const row of rows) all.push(row);
    start += count;
    chunk = rowsPerChunk(columns, bytesPerRow(rows));
  }
  return all;
}
