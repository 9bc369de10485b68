import { Readable } from "stream";
import { Unzip, UnzipInflate } from "fflate";
import type ExcelJS from "exceljs";
import { columnLetters } from "../core/cells";
import { columnNumber } from "../core/cells";
import { InputError } from "../core";
import { plainValue } from "./worksheet-values";

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
 * The cell values of a workbook's first worksheet as a matrix (as `worksheetValues` gives them),
 * read as a stream (ExcelJS's WorkbookReader), so memory holds the values and not ExcelJS's model of
 * every cell: a million-row sheet is read in bounded memory. Before any cell is read, the extent the
 * sheet declares (its <dimension>, read from the first kilobytes of its XML) is checked; while the
 * rows are read, so is the extent they actually reach, before the empty rows up to a far row are made.
 * Rows with no value (formatting only) do not extend the sheet.
 *
 * Missing values: an empty cell is "" (as Office.js gives it), every row padded to the widest.
 *
 * @param bytes the .xlsx file's bytes
 * @param name the file's name, for messages
 * @returns rows of cell values, from row 1 and column A to the last row and column with a value
 * @throws {InputError} naming the file, the sheet's extent and what to do when it spans more than
 *   `MOST_CELLS`, or when the file is not a readable workbook
 * @example
 * await streamSheetValues(readFileSync("counts.xlsx"), "counts.xlsx"); // => [["Month", "Count"], ["2017-10", 40]]
 */
export async function streamSheetValues(bytes: Uint8Array, name: string): Promise<unknown[][]> {
  const declared = declaredExtent(bytes);
  if (declared && declared.rows * declared.columns > MOST_CELLS)
    throw tooLarge(name, declared.ref, declared.rows * declared.columns);
  // Loaded only for .xlsx input: ExcelJS takes a few hundred milliseconds to load.
  const { default: Excel } = await import("exceljs");
  const reader = new Excel.stream.xlsx.WorkbookReader(
    Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]),
    {
      worksheets: "emit",
      sharedStrings: "cache",
      styles: "cache",
      hyperlinks: "ignore",
      entries: "ignore",
    },
  );
  const rows: unknown[][] = [];
  let width = 0;
  try {
    for await (const sheet of reader) {
      for await (const row of sheet as unknown as AsyncIterable<ExcelJS.Row>) {
        const values = rowValues(row);
        if (values.length === 0) continue;
        width = Math.max(width, values.length);
        if (width * row.number > MOST_CELLS)
          throw tooLarge(name, `A1:${columnLetters(width - 1)}${row.number}`, width * row.number);
        while (rows.length < row.number - 1) rows.push([]);
        rows.push(values);
      }
      break;
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${name} is not a readable .xlsx workbook (${(error as Error).message}).`);
  }
  for (const row of rows) while (row.length < width) row.push("");
  return rows;
}

/** A row's values up to its last cell with one ("" between), or [] for a row with none. */
function rowValues(row: ExcelJS.Row): unknown[] {
  const values: unknown[] = [];
  row.eachCell((cell, column) => {
    const value = plainValue(cell.value);
    if (value === "") return;
    while (values.length < column - 1) values.push("");
    values[column - 1] = value;
  });
  return values;
}

/**
 * The extent the first worksheet in the file declares (<dimension ref="A1:L1048576">), read from the
 * start of its XML and nothing more; undefined when it declares none.
 */
function declaredExtent(bytes: Uint8Array): { ref: string; rows: number; columns: number } | undefined {
  let head = "";
  let done = false;
  const unzip = new Unzip((file) => {
    if (done || !/^xl\/worksheets\/sheet\d*\.xml$/i.test(file.name)) return;
    done = true;
    const decoder = new TextDecoder();
    file.ondata = (error, chunk, final) => {
      if (error) return;
      head += decoder.decode(chunk, { stream: !final });
      if (head.length >= HEAD || /<sheetData/.test(head)) file.terminate();
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(bytes, true);
  } catch {
    return undefined; // ExcelJS reports a file that is not a workbook, in its own words.
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
