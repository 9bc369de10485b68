import type { TableModel } from "../core/tables";
import type {
  CellValue,
  LineChartSpec,
  ListValidation,
  RangeFormatting,
  RangeRef,
  TableInfo,
  TextFillRule,
  WorkbookPort,
  WrittenTable,
} from "./workbook-port";
import { formatAddress, parseAddress, selectionInUse, splitReference, type Rect } from "./a1";
import { placedTable, tableLayout, TEXT_FORMAT, type CellStyle } from "./table-layout";
import { textSafeFormats } from "./text-safe-formats";
import { uniqueSheetName } from "../core/house-style";
import { readInChunks } from "./read-chunks";
import { displayText } from "./display-text";
import { MAX_COLUMN_WIDTH_POINTS, pointsForCharacters } from "./column-width";
import { PROTECTED_MESSAGE } from "./protected-message";

/**
 * An in-memory workbook: the WorkbookPort for tests and the browser playground.
 *
 * It models what the toolkit relies on in Excel, faithfully enough to catch mistakes:
 * - a value assigned to a cell is read as Excel reads typed input: unless the cell is formatted as
 *   Text ("@"), a string starting with "=" becomes a formula, "+x", "-x" and "@x" become formulas and
 *   numeric strings become numbers. The writers set "@" first, exactly as `OfficeWorkbook` does, so a
 *   writer that forgot would show up here as a formula;
 * - `syncCount` counts the `context.sync()` calls `OfficeWorkbook` makes for the same call (reads in
 *   the same chunks, two per table, one per other write);
 * - the user's own sheets (seeded with `seedSheet`) cannot be written: a write to them throws.
 * It does not calculate: a formula cell keeps its formula and the value "" unless an `evaluate`
 * function is given, or a `calculate` one (the playground's `recalculateWorkbook`) that recalculates
 * the whole workbook after each change.
 */

export interface MemoryCell {
  value: CellValue;
  formula?: string;
  numberFormat: string;
  style: CellStyle;
}

export interface MemoryChart extends LineChartSpec {
  /** The category labels and each series' points, read from the cells the spec refers to. */
  resolved(): { categories: CellValue[]; series: { name: string; points: CellValue[] }[] };
}

export interface MemorySheet {
  name: string;
  /** True for sheets made by `addSheet`; the user's sheets are read-only. */
  createdByToolkit: boolean;
  /** Counts the changes made to the sheet (values, formats, charts, recalculation), so a view can skip redrawing a sheet that has not changed. */
  version: number;
  rows: (MemoryCell | undefined)[][];
  /** The width of each column given one, in points (Office.js `format.columnWidth`). */
  columnWidths: Map<number, number>;
  merges: Rect[];
  charts: MemoryChart[];
  validations: ListValidation[];
  textFillRules: TextFillRule[];
}

export interface MemoryWorkbookOptions {
  /** Computes a formula cell's value; without it formula cells hold "". */
  evaluate?: (formula: string, sheet: string, address: string) => CellValue;
  /**
   * Recalculates every formula of the workbook after a change (the playground's formula evaluator,
   * `recalculateWorkbook`); called at the next simulated sync after a write, and by `setCellValue`.
   */
  calculate?: (workbook: MemoryWorkbook) => void;
  /**
   * Makes each simulated sync wait this long, so the playground shows progress as Excel would. 0 is a
   * round trip that takes no time but still yields to the page (it may draw and hear clicks between
   * syncs, as it does while Excel answers); without the option a sync does not yield at all (tests).
   */
  syncDelayMs?: number;
}

const BLANK_STYLE: CellStyle = {};

export class MemoryWorkbook implements WorkbookPort {
  /** The number of `context.sync()` calls Excel would have made so far. */
  syncCount = 0;
  readonly sheets: MemorySheet[] = [];
  readonly tables: TableInfo[] = [];
  selection: RangeRef = { sheet: "", address: "A1" };
  activeSheet = "";
  /** True as when the analyst has chosen Review > Protect Workbook: no sheet can be added. */
  structureProtected = false;
  /** A failure to inject (tests): called before each simulated sync; what it throws, the port call throws. */
  failBeforeSync?: (syncCount: number) => void;
  private readonly listeners: (() => void)[] = [];
  /** Cells changed since the last recalculation. */
  private dirty = false;

  constructor(private readonly options: MemoryWorkbookOptions = {}) {}

  // ---- seeding and inspection (tests and the playground) ----

  /** Adds one of the user's sheets with values as they are (no conversion); it becomes read-only. */
  seedSheet(name: string, values: CellValue[][]): MemorySheet {
    const sheet = this.newSheet(name, false);
    sheet.rows = values.map((row) =>
      row.map((value) => (value === "" ? undefined : { value, numberFormat: "General", style: BLANK_STYLE })),
    );
    if (!this.selection.sheet) this.select(name, "A1");
    return sheet;
  }

  /** Declares an Excel table over a range of a seeded sheet. */
  seedTable(name: string, sheet: string, address: string): void {
    this.sheet(sheet);
    this.tables.push({ name, sheet, address: formatAddress(parseAddress(address)) });
  }

  /** Selects a range, as the user would. */
  select(sheet: string, address: string): void {
    this.sheet(sheet);
    this.selection = { sheet, address: formatAddress(parseAddress(address)) };
    this.activeSheet = sheet;
    this.changed();
  }

  /** A sheet by name (case-insensitive, as Excel). */
  sheet(name: string): MemorySheet {
    const sheet = this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!sheet) throw new Error(`There is no sheet called "${name}".`);
    return sheet;
  }

  /** One cell; a blank cell reads as value "" with format "General". */
  cell(sheet: string, address: string): MemoryCell {
    const { row, column } = parseAddress(address);
    return this.sheet(sheet).rows[row]?.[column] ?? { value: "", numberFormat: "General", style: BLANK_STYLE };
  }

  /** The values of a range, or of the sheet's used range. */
  valuesOf(sheet: string, address?: string): CellValue[][] {
    return this.rectValues(this.sheet(sheet), address ? parseAddress(address) : this.usedRect(this.sheet(sheet)));
  }

  /** What Excel would show in each cell of a range (or the used range), through its number format. */
  displayOf(sheet: string, address?: string): string[][] {
    const s = this.sheet(sheet);
    const rect = address ? parseAddress(address) : this.usedRect(s);
    return this.mapRect(rect, (r, c) => {
      const cell = s.rows[r]?.[c];
      return cell
        ? cell.formula && cell.value === "" && !this.calculates
          ? cell.formula
          : displayText(cell.value, cell.numberFormat)
        : "";
    });
  }

  /** The used range's rectangle: the bounding box of cells holding a value or a formula. */
  usedRect(sheet: MemorySheet): Rect {
    let top = -1,
      bottom = -1,
      left = Infinity,
      right = -1;
    // Plain loops: this runs over every cell of a force's year (two million) for each read and redraw.
    for (let r = 0; r < sheet.rows.length; r++) {
      const row = sheet.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (!cell || (cell.value === "" && !cell.formula)) continue;
        if (top < 0) top = r;
        bottom = r;
        if (c < left) left = c;
        if (c > right) right = c;
      }
    }
    return top < 0
      ? { row: 0, column: 0, rows: 1, columns: 1 }
      : { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
  }

  /** True when the workbook calculates its formulas (it was given a `calculate` option). */
  get calculates(): boolean {
    return this.options.calculate !== undefined;
  }

  /** Recalculates every formula now, when the workbook calculates; otherwise does nothing. */
  recalculate(): void {
    this.dirty = false;
    if (!this.options.calculate) return;
    this.options.calculate(this);
    for (const sheet of this.sheets) if (sheet.createdByToolkit) sheet.version++; // any formula's value may have changed
  }

  /**
   * The analyst's edit of one cell of a sheet the toolkit made (such as a rating chosen from a
   * drop-down): the value is read as typed input, then the workbook recalculates and listeners hear of it.
   * @throws {Error} when the sheet is one of the user's own sheets
   */
  setCellValue(sheet: string, address: string, value: CellValue): void {
    const target = this.writable(sheet);
    const rect = parseAddress(address);
    this.assign(
      target,
      { ...rect, rows: 1, columns: 1 },
      [[value]],
      [[target.rows[rect.row]?.[rect.column]?.numberFormat ?? "General"]],
    );
    this.recalculate();
    this.changed();
  }

  /** Calls `listener` after every change (the playground redraws). */
  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  // ---- the port ----

  async listSheets(): Promise<string[]> {
    await this.sync();
    return this.sheets.map((s) => s.name);
  }

  async listTables(): Promise<TableInfo[]> {
    await this.sync(); // the tables' names and sheets
    await this.sync(); // their addresses
    return this.tables.map((t) => ({ ...t }));
  }

  async readSelection(): Promise<RangeRef & { values: CellValue[][] }> {
    await this.sync();
    const { sheet, address } = this.selection;
    const { rect, inUse } = selectionInUse(parseAddress(address), this.usedRect(this.sheet(sheet)));
    return { sheet, address: formatAddress(rect), values: inUse ? await this.readRect(sheet, rect) : [[""]] };
  }

  async readUsedRange(sheet: string): Promise<RangeRef & { values: CellValue[][] }> {
    await this.sync();
    const rect = this.usedRect(this.sheet(sheet));
    return { sheet: this.sheet(sheet).name, address: formatAddress(rect), values: await this.readRect(sheet, rect) };
  }

  async readTable(name: string): Promise<RangeRef & { values: CellValue[][] }> {
    await this.sync();
    const table = this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
    if (!table) throw new Error(`There is no table called "${name}".`);
    return {
      sheet: table.sheet,
      address: table.address,
      values: await this.readRect(table.sheet, parseAddress(table.address)),
    };
  }

  async readRange(ref: RangeRef): Promise<CellValue[][]> {
    return this.readRect(ref.sheet, parseAddress(ref.address));
  }

  async addSheet(preferredName: string): Promise<string> {
    await this.sync(); // load the sheet names and the workbook's protection
    if (this.structureProtected) throw new Error(PROTECTED_MESSAGE);
    const name = uniqueSheetName(
      preferredName,
      this.sheets.map((s) => s.name),
    );
    await this.sync(); // add: a failed sync adds nothing, as in Excel
    this.newSheet(name, true);
    this.changed();
    return name;
  }

  async deleteSheets(names: readonly string[]): Promise<void> {
    if (names.length === 0) return;
    const doomed = names.map((name) => this.writable(name));
    await this.sync();
    for (const sheet of doomed) this.sheets.splice(this.sheets.indexOf(sheet), 1);
    const gone = (name: string) => doomed.some((s) => s.name.toLowerCase() === name.toLowerCase());
    if (gone(this.activeSheet)) this.activeSheet = this.sheets[0]?.name ?? "";
    if (gone(this.selection.sheet)) this.selection = { sheet: this.activeSheet, address: "A1" };
    this.changed();
  }

  async writeTable(sheet: string, table: TableModel, topLeft = "A1"): Promise<WrittenTable> {
    const target = this.writable(sheet);
    const layout = tableLayout(table);
    const origin = parseAddress(topLeft);
    this.assign(target, origin, layout.values, layout.numberFormats);
    await this.sync(); // values with their number formats, calculation suspended
    for (const s of layout.styles)
      this.style(target, { ...s, row: s.row + origin.row, column: s.column + origin.column }, s.style);
    for (const m of layout.merges)
      this.touch(target).merges.push({ ...m, row: m.row + origin.row, column: m.column + origin.column });
    layout.columnWidths.forEach((w, i) =>
      target.columnWidths.set(origin.column + i, checkWidth(w, `${target.name} column ${i + 1}`)),
    );
    await this.sync(); // the formatting pass
    return placedTable(target.name, origin, layout);
  }

  async writeValues(sheet: string, topLeft: string, values: CellValue[][]): Promise<void> {
    if (values.length === 0 || values[0].length === 0) return;
    this.assign(this.writable(sheet), parseAddress(topLeft), values, textSafeFormats(values));
    await this.sync();
  }

  async writeFormulas(sheet: string, topLeft: string, formulas: CellValue[][]): Promise<void> {
    if (formulas.length === 0 || formulas[0].length === 0) return;
    this.assign(this.writable(sheet), parseAddress(topLeft), formulas, textSafeFormats(formulas, true));
    await this.sync();
  }

  async addListValidation(rule: ListValidation): Promise<void> {
    this.touch(this.writable(rule.sheet)).validations.push({ ...rule });
    await this.sync();
  }

  async addTextFillRule(rule: TextFillRule): Promise<void> {
    this.touch(this.writable(rule.sheet)).textFillRules.push({ ...rule });
    await this.sync();
  }

  async formatRange(ref: RangeRef, format: RangeFormatting): Promise<void> {
    const target = this.writable(ref.sheet);
    const rect = parseAddress(ref.address);
    const { numberFormat, columnWidthPoints, ...style } = format;
    if (columnWidthPoints !== undefined) checkWidth(columnWidthPoints, `${ref.sheet}!${ref.address}`);
    this.style(target, rect, style);
    if (numberFormat !== undefined) this.forEachCell(target, rect, (cell) => (cell.numberFormat = numberFormat));
    if (columnWidthPoints !== undefined)
      for (let c = 0; c < rect.columns; c++) this.touch(target).columnWidths.set(rect.column + c, columnWidthPoints);
    await this.sync();
  }

  async addLineChart(spec: LineChartSpec): Promise<void> {
    await this.addLineCharts([spec]);
  }

  async addLineCharts(specs: LineChartSpec[]): Promise<void> {
    for (const spec of specs) {
      const resolved = () => ({
        categories: this.refValues(spec.sheet, spec.categories).flat(),
        series: spec.series.map((s) => ({ name: s.name, points: this.refValues(spec.sheet, s.values).flat() })),
      });
      this.touch(this.writable(spec.sheet)).charts.push({
        ...spec,
        series: spec.series.map((s) => ({ ...s })),
        resolved,
      });
    }
    await this.sync();
  }

  async activate(sheet: string): Promise<void> {
    this.activeSheet = this.sheet(sheet).name;
    await this.sync();
  }

  // ---- the simulation ----

  private async sync(): Promise<void> {
    this.failBeforeSync?.(this.syncCount);
    this.syncCount++;
    const delay = this.options.syncDelayMs;
    await new Promise<void>((resolve) =>
      delay === undefined ? resolve() : delay > 0 ? setTimeout(resolve, delay) : yieldToPage(resolve),
    );
    if (this.dirty) this.recalculate();
    this.changed();
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  private newSheet(preferred: string, createdByToolkit: boolean): MemorySheet {
    if (this.sheets.some((s) => s.name.toLowerCase() === preferred.toLowerCase()))
      throw new Error(`A sheet called "${preferred}" already exists.`);
    const sheet: MemorySheet = {
      name: preferred,
      createdByToolkit,
      version: 0,
      rows: [],
      columnWidths: new Map(),
      merges: [],
      charts: [],
      validations: [],
      textFillRules: [],
    };
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = preferred;
    return sheet;
  }

  /** Marks a sheet changed (see `MemorySheet.version`) and returns it. */
  private touch(sheet: MemorySheet): MemorySheet {
    sheet.version++;
    return sheet;
  }

  private writable(name: string): MemorySheet {
    const sheet = this.sheet(name);
    if (!sheet.createdByToolkit)
      throw new Error(`"${name}" is one of the user's own sheets: the toolkit must not change it.`);
    return sheet;
  }

  /** Reads a rectangle in the chunks Excel on the web needs, one sync each. */
  private async readRect(sheet: string, rect: Rect): Promise<CellValue[][]> {
    const s = this.sheet(sheet);
    return readInChunks(rect.rows, rect.columns, async (start, count) => {
      await this.sync();
      return this.rectValues(s, { ...rect, row: rect.row + start, rows: count });
    });
  }

  /** The values of a rectangle, "" for blank cells: plain loops, as a read copies a force's year. */
  private rectValues(sheet: MemorySheet, rect: Rect): CellValue[][] {
    const values: CellValue[][] = new Array(rect.rows);
    for (let i = 0; i < rect.rows; i++) {
      const cells = sheet.rows[rect.row + i];
      const row: CellValue[] = new Array(rect.columns);
      for (let j = 0; j < rect.columns; j++) row[j] = cells?.[rect.column + j]?.value ?? "";
      values[i] = row;
    }
    return values;
  }

  private refValues(defaultSheet: string, ref: string): CellValue[][] {
    const { sheet, address } = splitReference(ref, defaultSheet);
    return this.rectValues(this.sheet(sheet), parseAddress(address));
  }

  private mapRect<T>(rect: Rect, f: (row: number, column: number) => T): T[][] {
    return Array.from({ length: rect.rows }, (_, i) =>
      Array.from({ length: rect.columns }, (_, j) => f(rect.row + i, rect.column + j)),
    );
  }

  /** Assigns number formats, then values or formulas, reading each value as Excel reads typed input. */
  private assign(sheet: MemorySheet, origin: Rect, values: CellValue[][], formats: string[][]): void {
    this.dirty = true;
    this.touch(sheet);
    values.forEach((row, i) =>
      row.forEach((raw, j) => {
        const r = origin.row + i;
        const c = origin.column + j;
        const numberFormat = formats[i]?.[j] ?? "General";
        const cell: MemoryCell = {
          ...(sheet.rows[r]?.[c] ?? { style: BLANK_STYLE }),
          numberFormat,
          value: "",
          formula: undefined,
        };
        const typed = excelReads(raw, numberFormat);
        if (typed.formula !== undefined) {
          cell.formula = typed.formula;
          cell.value = this.options.evaluate
            ? this.options.evaluate(
                typed.formula,
                sheet.name,
                formatAddress({ row: r, column: c, rows: 1, columns: 1 }),
              )
            : "";
        } else cell.value = typed.value;
        (sheet.rows[r] ??= [])[c] = cell;
      }),
    );
  }

  private forEachCell(sheet: MemorySheet, rect: Rect, f: (cell: MemoryCell) => void): void {
    this.touch(sheet);
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      for (let c = rect.column; c < rect.column + rect.columns; c++) {
        const row = (sheet.rows[r] ??= []);
        const cell = (row[c] ??= { value: "", numberFormat: "General", style: BLANK_STYLE });
        f(cell);
      }
    }
  }

  private style(sheet: MemorySheet, rect: Rect, style: CellStyle): void {
    this.forEachCell(sheet, rect, (cell) => (cell.style = { ...cell.style, ...style }));
  }
}

/**
 * A column width as Excel would take it: points from 0 to Excel's widest column. The toolkit's widths are
 * made by `pointsForCharacters`, so a width under the width of two characters is a width in characters
 * passed as points by mistake (a column six times too narrow, office-js issue 187), and is refused.
 */
function checkWidth(points: number, where: string): number {
  if (!Number.isFinite(points) || points < pointsForCharacters(2) || points > MAX_COLUMN_WIDTH_POINTS) {
    throw new RangeError(
      `${where}: a column width must be in points from ${pointsForCharacters(2)} to ${MAX_COLUMN_WIDTH_POINTS} (make it with pointsForCharacters), not ${points}.`,
    );
  }
  return points;
}

/** Resolves on a task of its own (a posted message, which browsers do not slow down as they do nested timers). */
function yieldToPage(resolve: () => void): void {
  if (typeof MessageChannel === "undefined") return void setTimeout(resolve, 0);
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    resolve();
  };
  channel.port2.postMessage(null);
}

/**
 * What Excel stores when a value is typed (or assigned through Office.js) into a cell with a number
 * format: Text cells keep strings as they are; otherwise "=..." is a formula, "+x", "-x" and "@x" that
 * are not numbers are formulas too, and numeric strings become numbers.
 */
export function excelReads(raw: CellValue, numberFormat: string): { value: CellValue; formula?: string } {
  if (typeof raw !== "string" || numberFormat === TEXT_FORMAT || raw === "") return { value: raw };
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(raw.trim())) return { value: Number(raw) };
  if (raw.startsWith("=")) return { value: "", formula: raw };
  if (/^[+\-@]/.test(raw)) return { value: "", formula: `=${raw.replace(/^@/, "")}` };
  return { value: raw };
}
