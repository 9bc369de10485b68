import { closeSync, fstatSync, openSync, readSync } from "fs";
import { columnLetters } from "../core/cells";
import { columnNumber } from "../core/cells";
import { InputError } from "../core";
import { dateStyles } from "./date-styles";
import { piecesScanned } from "./pieces-scanned";
import { sharedStrings } from "./shared-strings";
import { SheetCells } from "./sheet-cells";
import { workbookParts } from "./workbook-parts";
import { entryBytes, entryPieces, zipEntries, type RandomAccess, type ZipEntry } from "./zip-entries";

/**
 * The most cells a sheet may span (its last row times its widest row): 2^25, about 33.5 million,
 * three times a full police.uk sheet (1,048,576 rows of 12 columns) and a few hundred megabytes of
 * values. A sheet spanning more (one stray cell at XFD1 and another at A1048576 span 17 billion) is
 * refused before its matrix is made.
 */
export const MOST_CELLS = 2 ** 25;
/** How much of a sheet's XML is read for its declared extent: the <dimension> element comes first. */
const HEAD = 1 << 16;

/**
 * The cell values of a workbook's first worksheet as a matrix, as Office.js `range.values` gives them
 * (numbers, text, booleans, dates as Date, a formula's cached result, rich text joined, errors as their
 * code, blanks as ""). Read by a reader of our own rather than ExcelJS's WorkbookReader, which took
 * 171 s and 1.7 GB for a full police.uk sheet, most of it in its per-cell objects, saxes's events and
 * their garbage: the zip's central directory is read at its end (so the shared strings and styles are
 * read before the sheet whatever their order), the sheet is inflated as it is read (Node's zlib, on
 * its own thread, checked against its CRC-32) and scanned byte by byte (`scanXml`, seven times as fast as saxes
 * on the same sheet), so memory holds the values and little more.
 * Before any cell is read, the extent the sheet declares (its <dimension>) is checked; while the rows
 * are read, so is the extent they actually reach, before a far row or column is made. Rows with no
 * value (formatting only) do not extend the sheet.
 *
 * Missing values: an empty cell is "" (as Office.js gives it), every row padded to the widest.
 *
 * @param source the .xlsx file's bytes, or its path (then read where needed, never whole)
 * @param name the file's name, for messages
 * @returns rows of cell values, from row 1 and column A to the last row and column with a value
 * @throws {InputError} naming the file, the sheet's extent and what to do when it spans more than
 *   `MOST_CELLS`, or when the file is not a readable workbook (not a zip, damaged, a cell that cannot be read)
 * @example
 * await streamSheetValues(readFileSync("counts.xlsx"), "counts.xlsx"); // => [["Month", "Count"], ["2017-10", 40]]
 */
export async function streamSheetValues(source: Uint8Array | string, name: string): Promise<unknown[][]> {
  const file = randomAccess(source);
  try {
    return await sheetValues(file.access, name);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(
      `${name} is not a readable .xlsx workbook (${(error as Error).message}). ` +
        "Open it in Excel and save it again as .xlsx, or save the sheet as CSV, and try again.",
    );
  } finally {
    file.close();
  }
}

async function sheetValues(file: RandomAccess, name: string): Promise<unknown[][]> {
  const entries = zipEntries(file);
  const parts = workbookParts(file, entries);
  const sheet = entries.get(parts.sheet) as ZipEntry;
  const declared = await declaredExtent(entryPieces(file, sheet));
  if (declared && declared.rows * declared.columns > MOST_CELLS)
    throw tooLarge(name, declared.ref, declared.rows * declared.columns);
  const part = (key: string | undefined): ZipEntry | undefined => (key ? entries.get(key) : undefined);
  const styles = part(parts.styles);
  const strings = part(parts.sharedStrings);
  const rows: unknown[][] = [];
  let width = 0;
  const cells = new SheetCells({
    strings: strings ? await sharedStrings(entryPieces(file, strings)) : [],
    dateStyles: styles ? dateStyles(entryBytes(file, styles)) : [],
    date1904: parts.date1904,
    reach(column, row) {
      const across = Math.max(width, column + 1);
      if (across * row > MOST_CELLS) throw tooLarge(name, `A1:${columnLetters(across - 1)}${row}`, across * row);
    },
    row(number, values) {
      width = Math.max(width, values.length);
      while (rows.length < number - 1) rows.push([]);
      rows.push(values);
    },
  });
  await piecesScanned(entryPieces(file, sheet), cells, () => cells.done);
  for (const row of rows) while (row.length < width) row.push("");
  return rows;
}

/** The file's bytes read at offsets: from memory, or from the open file (closed by `close`). */
function randomAccess(source: Uint8Array | string): { access: RandomAccess; close(): void } {
  if (typeof source !== "string") {
    const access = {
      size: source.length,
      read: (at: number, n: number) => source.subarray(Math.max(0, at), Math.max(0, at + n)),
    };
    return { access, close() {} };
  }
  const fd = openSync(source, "r");
  const read = (at: number, n: number): Uint8Array => {
    const bytes = Buffer.allocUnsafe(Math.max(0, n));
    return bytes.subarray(0, at < 0 ? 0 : readSync(fd, bytes, 0, bytes.length, at));
  };
  return { access: { size: fstatSync(fd).size, read }, close: () => closeSync(fd) };
}

/**
 * The extent the sheet declares (<dimension ref="A1:L1048576">), read from the start of its XML and
 * nothing more; undefined when it declares none.
 */
async function declaredExtent(
  pieces: AsyncGenerator<Uint8Array>,
): Promise<{ ref: string; rows: number; columns: number } | undefined> {
  let head = "";
  const decoder = new TextDecoder();
  for await (const piece of pieces) {
    head += decoder.decode(piece, { stream: true });
    if (head.length >= HEAD || /<(\w+:)?sheetData/.test(head)) break;
  }
  const match = /<(?:\w+:)?dimension\s[^>]*ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"/i.exec(head);
  if (!match) return undefined;
  // The matrix is made from A1, so the extent counted is from A1 to the last cell.
  const [, firstColumn, firstRow, lastColumn = firstColumn, lastRow = firstRow] = match;
  return {
    ref: match[0].slice(match[0].indexOf('"') + 1, -1),
    rows: Number(lastRow),
    columns: columnNumber(lastColumn) + 1,
  };
}

function tooLarge(name: string, ref: string, cells: number): InputError {
  return new InputError(
    `${name}: its first sheet spans ${ref} (${cells.toLocaleString("en-GB")} cells), more than the ${MOST_CELLS.toLocaleString("en-GB")} satk can hold. ` +
      "Delete the rows and columns beyond the table (a stray cell far down or far right makes the sheet that large), or save the table as CSV, and try again.",
  );
}
