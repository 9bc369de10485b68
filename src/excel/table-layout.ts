import { cellFill } from "../core/house-style";
import { linesUnderTable } from "../export";
import { HOUSE_COLOURS } from "../core/house-style";
import { excelNumberFormat } from "../core/house-style";
import type { TableCell, TableModel, HeaderCell } from "../core/tables";
import { formatCell } from "../core/house-style";
import { roundHalfAway } from "../core/change";
import type { CellValue, WrittenTable } from "./workbook-port";
import { formatAddress, type Rect } from "./a1";
import { tableColumns } from "../export";
import { pointsForCharacters } from "./column-width";

/**
 * The house style of a TableModel on a worksheet, worked out once, without Office, so that Excel
 * (`OfficeWorkbook`) and the playground (`MemoryWorkbook`) show exactly the same sheet.
 *
 * The block is: a bold title row; the header rows (filled, bold, bordered, spans merged); the body
 * (numbers right-aligned, sub-categories as "- Robbery" indented one level, subtotals and totals
 * bold); a blank row; the notes, the dropped-rows line and the source line. Numbers stay numbers:
 * the signs and percentages come from number formats (`+#,##0;-#,##0;0`, `+0.0%;-0.0%;0.0%`), so an
 * analyst can still sum or chart the cells; a percentage is written as a fraction (28.6 -> 0.286).
 */

/** One formatting instruction for a rectangle of the block. */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fill?: string;
  fontColor?: string;
  indent?: number;
  horizontalAlignment?: "Left" | "Center" | "Right";
  /** Thin borders on every edge of every cell of the rectangle. */
  border?: boolean;
  wrap?: boolean;
}

export interface StyledRect extends Rect {
  style: CellStyle;
}

export interface TableLayout {
  /** The values of the whole block, every row as wide as the table. */
  values: CellValue[][];
  /** The number format of every cell ("@" for text, so that text is never read as a formula). */
  numberFormats: string[][];
  /** Formatting, applied in order (later rectangles win); offsets relative to the block's top-left. */
  styles: StyledRect[];
  /** Header cells spanning several columns. */
  merges: Rect[];
  /** The width of each column in points (Office.js `format.columnWidth`). */
  columnWidths: number[];
  /** Block-relative rows: first header row, first body row, one past the last body row. */
  headerRow: number;
  bodyRow: number;
  bodyEnd: number;
}

export const HEADER_FILL = `#${HOUSE_COLOURS.header}`;
const TOTAL_FILL = "#F2F2F2";
export const TEXT_FORMAT = "@";

/**
 * Lays a TableModel out as a block of cells in the house style.
 *
 * Missing values: a `null` cell value becomes the text "N/A" with its footnote marker ("N/A*"),
 * right-aligned like the numbers around it; a NaN value is treated as `null`.
 *
 * @param table the table
 * @returns the block's values, formats, styles, merges and column widths
 * @throws {RangeError} when a header row's spans do not add up to the width of the body rows
 * @example
 * tableLayout(rollingYear).values[2]; // => ["Victim based crime", 1214, 11890, 9245, 2645, 0.286]
 */
export function tableLayout(table: TableModel): TableLayout {
  const columns = tableWidth(table);
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  const texts: string[][] = [];
  const push = (row: CellValue[], fmt: string[], text: string[]) => (
    values.push(row),
    formats.push(fmt),
    texts.push(text)
  );
  const textRow = (text: string) => push(pad([text], columns, ""), pad([TEXT_FORMAT], columns, TEXT_FORMAT), [""]);

  textRow(table.title);
  const headerRow = values.length;
  const merges: Rect[] = [];
  table.headerRows.forEach((header, i) => {
    const row = headerCells(header, columns, headerRow + i, merges);
    push(row.values, pad([], columns, TEXT_FORMAT), row.widthTexts);
  });
  const bodyRow = values.length;
  for (const row of table.rows) {
    const cells = row.cells.map((cell, c) => (c === 0 ? labelCell(cell, row.level) : valueCell(cell)));
    push(
      pad(
        cells.map((x) => x.value),
        columns,
        "",
      ),
      pad(
        cells.map((x) => x.format),
        columns,
        TEXT_FORMAT,
      ),
      cells.map((x) => x.text),
    );
  }
  const bodyEnd = values.length;
  const trailer = trailerLines(table);
  if (trailer.length > 0) textRow("");
  for (const line of trailer) textRow(line);

  return {
    values,
    numberFormats: formats,
    styles: blockStyles(table, columns, headerRow, bodyRow, bodyEnd, values.length),
    merges,
    columnWidths: columnWidths(texts, columns),
    headerRow,
    bodyRow,
    bodyEnd,
  };
}

function tableWidth(table: TableModel): number {
  const bodyWidth = Math.max(1, ...table.rows.map((row) => row.cells.length));
  for (const [i, header] of table.headerRows.entries()) {
    const width = header.reduce((sum, cell) => sum + (cell.span ?? 1), 0);
    if (width !== bodyWidth && table.rows.length > 0) {
      throw new RangeError(
        `Header row ${i + 1} of "${table.title}" covers ${width} columns but the body has ${bodyWidth}.`,
      );
    }
  }
  return Math.max(1, tableColumns(table));
}

function pad<T>(row: T[], width: number, filler: T): T[] {
  return row.length >= width ? row : row.concat(new Array<T>(width - row.length).fill(filler));
}

/** A header row's values; spanned cells leave blanks to their right and are recorded as merges. */
function headerCells(header: HeaderCell[], columns: number, row: number, merges: Rect[]) {
  const values: CellValue[] = [];
  const widthTexts: string[] = [];
  for (const cell of header) {
    const span = cell.span ?? 1;
    if (span > 1) merges.push({ row, column: values.length, rows: 1, columns: span });
    values.push(cell.text, ...new Array<string>(span - 1).fill(""));
    widthTexts.push(span > 1 ? "" : cell.text, ...new Array<string>(span - 1).fill(""));
  }
  return { values: pad(values, columns, ""), widthTexts };
}

interface LaidCell {
  value: CellValue;
  format: string;
  text: string;
}

function labelCell(cell: TableCell, level: 0 | 1): LaidCell {
  const text = (level === 1 ? "- " : "") + formatCell(cell);
  return { value: text, format: TEXT_FORMAT, text };
}

/** A body cell: numbers as numbers with their kind's format, N/A and text as text. */
function valueCell(cell: TableCell): LaidCell {
  const isMissing = cell.value === null || (typeof cell.value === "number" && Number.isNaN(cell.value));
  if (isMissing) return textCell(`N/A${cell.footnote ?? ""}`);
  if (typeof cell.value === "string") return textCell(formatCell(cell));
  return {
    value: writtenNumber(cell.kind, cell.value as number),
    format: withMarker(excelNumberFormat(cell), cell.footnote),
    text: formatCell(cell),
  };
}

/**
 * The number written for a cell: changes rounded to whole numbers and percentages to one decimal,
 * as the report prints them (so that 0.1 is not shown as "+0" by a signed format), percentages as
 * fractions (28.6 -> 0.286) because Excel's "%" format multiplies by 100.
 */
function writtenNumber(kind: TableCell["kind"], value: number): number {
  if (kind === "change") return roundHalfAway(value, 0);
  if (kind === "percentChange" || kind === "percent") return roundHalfAway(value, 1) / 100;
  return value;
}

function textCell(text: string): LaidCell {
  return { value: text, format: TEXT_FORMAT, text };
}

/** Appends a footnote marker to every section of a number format: `0` -> `0"*"`. */
function withMarker(format: string, marker: string | undefined): string {
  if (!marker) return format;
  const quoted = `"${marker.replace(/"/g, "")}"`;
  return format
    .split(";")
    .map((section) => section + quoted)
    .join(";");
}

/** The lines under the table: notes, the dropped-rows sentence (the same as the .docx and .xlsx print), then the source line. */
function trailerLines(table: TableModel): string[] {
  return linesUnderTable(table);
}

function blockStyles(
  table: TableModel,
  columns: number,
  headerRow: number,
  bodyRow: number,
  bodyEnd: number,
  end: number,
): StyledRect[] {
  const headerRows = bodyRow - headerRow;
  const styles: StyledRect[] = [{ row: 0, column: 0, rows: 1, columns: 1, style: { bold: true, fontSize: 12 } }];
  if (headerRows > 0) {
    styles.push({
      row: headerRow,
      column: 0,
      rows: headerRows,
      columns,
      style: { bold: true, fill: HEADER_FILL, border: true, wrap: true, horizontalAlignment: "Center" },
    });
    styles.push({ row: headerRow, column: 0, rows: headerRows, columns: 1, style: { horizontalAlignment: "Left" } });
  }
  if (bodyEnd > bodyRow) {
    styles.push({ row: bodyRow, column: 0, rows: bodyEnd - bodyRow, columns, style: { border: true } });
    if (columns > 1)
      styles.push({
        row: bodyRow,
        column: 1,
        rows: bodyEnd - bodyRow,
        columns: columns - 1,
        style: { horizontalAlignment: "Right" },
      });
  }
  table.rows.forEach((row, i) => {
    if (row.kind !== "data")
      styles.push({
        row: bodyRow + i,
        column: 0,
        rows: 1,
        columns,
        style: { bold: true, ...(row.kind === "total" ? { fill: TOTAL_FILL } : {}) },
      });
    if (row.level === 1) styles.push({ row: bodyRow + i, column: 0, rows: 1, columns: 1, style: { indent: 1 } });
    row.cells.forEach((cell, c) => {
      const fill = cellFill(cell);
      if (fill) styles.push({ row: bodyRow + i, column: c, rows: 1, columns: 1, style: { fill: `#${fill}` } });
    });
  });
  if (end > bodyEnd + 1)
    styles.push({ row: bodyEnd + 1, column: 0, rows: end - bodyEnd - 1, columns: 1, style: { italic: true } });
  return styles;
}

/** Column widths fitted to the longest text of each column (spanned headers and the title excluded). */
function columnWidths(texts: string[][], columns: number): number[] {
  const widths: number[] = [];
  for (let c = 0; c < columns; c++) {
    const longest = Math.max(0, ...texts.map((row) => (row[c] ?? "").length));
    const chars = c === 0 ? Math.min(Math.max(longest, 12), 48) : Math.min(Math.max(longest, 9), 22);
    widths.push(pointsForCharacters(chars));
  }
  return widths;
}

/**
 * Where a laid-out table lands when its top-left cell is `origin`: the addresses the port returns.
 *
 * @param sheet the sheet's name
 * @param origin the block's top-left, 0-based
 * @param layout the layout
 * @returns the written table's addresses and body rows (1-based)
 * @example
 * placedTable("Volume by type", { row: 0, column: 0, rows: 1, columns: 1 }, layout).tableAddress; // => "A2:F24"
 */
export function placedTable(sheet: string, origin: Pick<Rect, "row" | "column">, layout: TableLayout): WrittenTable {
  const columns = layout.values[0]?.length ?? 1;
  const at = (row: number, rows: number) =>
    formatAddress({ row: origin.row + row, column: origin.column, rows: Math.max(1, rows), columns });
  return {
    sheet,
    address: at(0, layout.values.length),
    tableAddress: at(layout.headerRow, layout.bodyEnd - layout.headerRow),
    firstBodyRow: origin.row + layout.bodyRow + 1,
    lastBodyRow: origin.row + layout.bodyEnd,
  };
}
