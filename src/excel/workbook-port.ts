import type { TableModel } from "../core/tables";

/**
 * The workbook port: everything the toolkit asks of a workbook, in one small interface with two
 * implementations, `OfficeWorkbook` (Office.js, inside Excel) and `MemoryWorkbook` (tests and the
 * browser playground). Nothing outside `src/excel/` touches Office.js directly.
 *
 * Rules every implementation keeps:
 * - It never changes a cell of an existing sheet: writes go to sheets made by `addSheet`.
 * - A string written as a value is always text, even when it starts with "=", "+", "-" or "@"; only
 *   `writeFormulas` writes formulas.
 * - Blocks are written whole (one values assignment per block) and the number of `sync` calls does
 *   not grow with the number of rows.
 */

/** A cell value as Office.js `range.values` gives it: "" for a blank cell. */
export type CellValue = string | number | boolean;

/** A sheet and an A1 address on it, such as { sheet: "Data", address: "A1:L2000" }. */
export interface RangeRef {
  sheet: string;
  address: string;
}

export interface TableInfo {
  name: string;
  sheet: string;
  /** The table's address including its header row. */
  address: string;
}

/** Where a TableModel landed on its sheet, for charts and follow-on formulas. */
export interface WrittenTable {
  sheet: string;
  /** The whole block, title to source line. */
  address: string;
  /** The header row(s) and body, without title and notes. */
  tableAddress: string;
  /** The first body row (1-based) and the first column letter, for building chart ranges. */
  firstBodyRow: number;
  lastBodyRow: number;
}

/** A line chart of one SPC series: values, centre line, limits and the special-cause points. */
export interface LineChartSpec {
  sheet: string;
  title: string;
  /** The category (x) axis labels, such as A6:A41 holding month names. */
  categories: string;
  /** One entry per line; `markersOnly` draws points without a line (special-cause points). */
  series: { name: string; values: string; color?: string; dashed?: boolean; markersOnly?: boolean }[];
  /** The chart's top-left cell and its size in cells. */
  anchor: string;
  widthColumns?: number;
  heightRows?: number;
}

/** A drop-down list on a range, from literal choices or from a range of cells. */
export interface ListValidation {
  sheet: string;
  address: string;
  /** Either the choices or an absolute reference to a range holding them, such as "=Profile!$C$5:$C$9". */
  source: string[] | string;
}

/** A fill colour applied where a cell equals a text, for band colours (High, Medium, Low). */
export interface TextFillRule {
  sheet: string;
  address: string;
  equals: string;
  fill: string;
  fontColor?: string;
}

/** The formatting `formatRange` applies; a width is in points (see column-width.ts). */
export interface RangeFormatting {
  bold?: boolean;
  fill?: string;
  fontColor?: string;
  numberFormat?: string;
  wrap?: boolean;
  /** The width of each column of the range, in points (Office.js `format.columnWidth`). */
  columnWidthPoints?: number;
}

export interface WorkbookPort {
  /** The names of the sheets, in tab order. */
  listSheets(): Promise<string[]>;
  /** The Excel tables of the workbook. */
  listTables(): Promise<TableInfo[]>;
  /** The current selection and its values, cut to the sheet's used range (whole columns mean the table in them); its address is the part read. */
  readSelection(): Promise<RangeRef & { values: CellValue[][] }>;
  /** The used range of a sheet, read in chunks small enough for Excel on the web's 5 MB limit. */
  readUsedRange(sheet: string): Promise<RangeRef & { values: CellValue[][] }>;
  /** A table's values including its header row. */
  readTable(name: string): Promise<RangeRef & { values: CellValue[][] }>;
  /** Any range's values. */
  readRange(ref: RangeRef): Promise<CellValue[][]>;
  /**
   * Adds a sheet at the end and returns its name: `preferredName` (cut to 31 characters, with
   * characters Excel forbids removed), or "name (2)", "name (3)" ... if that name is taken. Never
   * reuses an existing sheet.
   * @throws Error in plain words when the workbook's structure is protected (no sheet can be added)
   */
  addSheet(preferredName: string): Promise<string>;
  /**
   * Deletes sheets the toolkit added (a failed run's, or a run being replaced), in one batch. Callers pass
   * only names `addSheet` gave them; the in-memory workbook refuses any other sheet.
   */
  deleteSheets(names: readonly string[]): Promise<void>;
  /** Writes a TableModel in the house style, with its top-left at `topLeft` (default "A1"). */
  writeTable(sheet: string, table: TableModel, topLeft?: string): Promise<WrittenTable>;
  /** Writes a block of values as they are: strings stay text. */
  writeValues(sheet: string, topLeft: string, values: CellValue[][]): Promise<void>;
  /** Writes a block of formulas ("=..." strings; other values as constants). */
  writeFormulas(sheet: string, topLeft: string, formulas: CellValue[][]): Promise<void>;
  addListValidation(rule: ListValidation): Promise<void>;
  addTextFillRule(rule: TextFillRule): Promise<void>;
  /**
   * Bold, fill and column widths for blocks written by `writeValues` (header rows of a matrix).
   * `columnWidthPoints` is in points, as Office.js takes it: make it with `pointsForCharacters`.
   */
  formatRange(ref: RangeRef, format: RangeFormatting): Promise<void>;
  addLineChart(spec: LineChartSpec): Promise<void>;
  /** Adds several line charts in one batch (one `sync`, however many charts), such as the small multiples of a chart sheet. */
  addLineCharts(specs: LineChartSpec[]): Promise<void>;
  /** Makes a sheet the visible one. */
  activate(sheet: string): Promise<void>;
}
