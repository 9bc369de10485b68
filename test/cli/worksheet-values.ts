import type ExcelJS from "exceljs";

/**
 * ExcelJS's own reading of a worksheet it holds, the oracle the .xlsx reader's tests compare with (the
 * CLI reads .xlsx with its own streaming reader, stream-sheet-values.ts, and ExcelJS only writes).
 * The cell values of a worksheet as a matrix, the way Office.js `range.values` gives them, so .xlsx
 * files go through the same ingestion as a range in Excel: numbers, strings and booleans as they are,
 * dates as Date (parseMonth reads them), a formula's cached result, rich text joined, hyperlinks as
 * their text, errors as their code ("#N/A"), blanks as "".
 *
 * @param sheet the worksheet
 * @returns rows of cell values, from row 1 and column A to the last used row and column
 * @throws never
 * @example
 * worksheetValues(workbook.worksheets[0]); // => [["Month", "Count"], ["2017-10", 40]]
 */
export function worksheetValues(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const values: unknown[] = [];
    for (let c = 1; c <= width; c++) values.push(plainValue(row.getCell(c).value));
    rows.push(values);
  }
  return rows;
}

/** A cell value as Office.js gives it: a formula as its result, rich text joined, a hyperlink as its text, an error as its code. */
export function plainValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return "";
  if (typeof value !== "object" || value instanceof Date) return value;
  if ("result" in value) return plainValue(value.result as ExcelJS.CellValue);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("text" in value) return typeof value.text === "string" ? value.text : "";
  if ("error" in value) return value.error;
  return "";
}
