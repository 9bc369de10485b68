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
import { placedTable, tableLayout, type CellStyle } from "./table-layout";
import { textSafeFormats } from "./text-safe-formats";
import { uniqueSheetName } from "../core/house-style";
import { readInChunks } from "./read-chunks";
import { PROTECTED_MESSAGE } from "./protected-message";
import { OPTIONAL_FEATURES, officeApiSupport, type ApiSupport, type OptionalFeature } from "./api-requirements";

/**
 * The WorkbookPort inside Excel, through Office.js. It needs ExcelApi 1.7 (`getRangeByIndexes`, chart
 * series `add`/`setValues`/markers; 1.6 `suspendApiCalculationUntilNextSync` and conditional formats; 1.4
 * `getUsedRangeOrNullObject`), which manifest.xml declares. Two calls are used only where Excel has their
 * set (see api-requirements.ts): data validation (ExcelApi 1.8, the MoRiLE drop-downs) and
 * `RangeFormat.indentLevel` (ExcelApi 1.9, indented sub-categories); without them the sheets are the same
 * but for the drop-downs and the indent.
 *
 * How it keeps Excel fast (../shared/notes/office-addin.md, section 4):
 * - reads go in row chunks sized to stay under Excel on the web's 5 MB payload limit (`readInChunks`);
 * - a table is one `numberFormat` and one `values` assignment with calculation suspended (sync 1),
 *   then one formatting pass of a few rectangles (sync 2): two syncs whatever its size;
 * - every other write is one batch and one sync.
 * Strings stay text: each string cell gets the Text format "@" in the same batch, before its value,
 * which is what Excel itself does with text typed into a Text-formatted cell (see `textSafeFormats`).
 * `MemoryWorkbook` makes the same number of syncs for the same calls.
 */

/** Runs a batch against a request context: `Excel.run` inside Excel, a mock context in tests. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * `Excel.run` delaying the batch while the analyst is editing a cell: without `delayForCellEdit`, a batch
 * that reaches Excel in cell-edit mode fails at once (InvalidOperationInCellEditMode).
 */
export const defaultRunner: ExcelRunner = (batch) => Excel.run({ delayForCellEdit: true }, batch);

export class OfficeWorkbook implements WorkbookPort {
  /**
   * @param run runs a batch (`Excel.run` by default)
   * @param supports answers whether a requirement set is there (`isSetSupported` by default)
   */
  constructor(
    private readonly run: ExcelRunner = defaultRunner,
    private readonly supports: ApiSupport = officeApiSupport,
  ) {}

  /** Whether an optional feature's requirement set is supported, asked once per call. */
  private has(feature: OptionalFeature): boolean {
    return this.supports(feature.set, feature.version);
  }

  listSheets(): Promise<string[]> {
    return this.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load("items/name");
      await ctx.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  listTables(): Promise<TableInfo[]> {
    return this.run(async (ctx) => {
      const tables = ctx.workbook.tables.load("items/name,items/worksheet/name");
      await ctx.sync();
      const ranges = tables.items.map((t) => t.getRange().load("address"));
      await ctx.sync();
      return tables.items.map((t, i) => ({
        name: t.name,
        sheet: t.worksheet.name,
        address: localAddress(ranges[i].address),
      }));
    });
  }

  readSelection(): Promise<RangeRef & { values: CellValue[][] }> {
    return this.run(async (ctx) => {
      const range = ctx.workbook.getSelectedRange().load("rowIndex,columnIndex,rowCount,columnCount");
      const sheet = range.worksheet.load("name");
      const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
      await ctx.sync(); // the selection and the used range in one round trip
      const { rect, inUse } = selectionInUse(rectOf(range), used.isNullObject ? null : rectOf(used));
      return {
        sheet: sheet.name,
        address: formatAddress(rect),
        values: inUse ? await readRect(ctx, sheet.name, rect) : [[""]],
      };
    });
  }

  readUsedRange(sheet: string): Promise<RangeRef & { values: CellValue[][] }> {
    return this.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet).load("name");
      const range = ws.getUsedRangeOrNullObject(true).load("address,rowIndex,columnIndex,rowCount,columnCount");
      await ctx.sync();
      if (range.isNullObject) return { sheet: ws.name, address: "A1", values: [[""]] };
      return this.readBlock(ctx, ws.name, range);
    });
  }

  readTable(name: string): Promise<RangeRef & { values: CellValue[][] }> {
    return this.run(async (ctx) => {
      const table = ctx.workbook.tables.getItem(name);
      const range = table.getRange().load("address,rowIndex,columnIndex,rowCount,columnCount");
      table.worksheet.load("name");
      await ctx.sync();
      return this.readBlock(ctx, table.worksheet.name, range);
    });
  }

  readRange(ref: RangeRef): Promise<CellValue[][]> {
    return this.run(async (ctx) => readRect(ctx, ref.sheet, parseAddress(ref.address)));
  }

  addSheet(preferredName: string): Promise<string> {
    return this.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load("items/name");
      const protection = ctx.workbook.protection.load("protected");
      await ctx.sync(); // the names and the protection in one round trip
      if (protection.protected) throw new Error(PROTECTED_MESSAGE);
      const name = uniqueSheetName(
        preferredName,
        sheets.items.map((s) => s.name),
      );
      ctx.workbook.worksheets.add(name);
      await ctx.sync();
      return name;
    });
  }

  deleteSheets(names: readonly string[]): Promise<void> {
    if (names.length === 0) return Promise.resolve();
    return this.run(async (ctx) => {
      for (const name of names) ctx.workbook.worksheets.getItem(name).delete();
      await ctx.sync();
    });
  }

  writeTable(sheet: string, table: TableModel, topLeft = "A1"): Promise<WrittenTable> {
    const layout = tableLayout(table);
    const origin = parseAddress(topLeft);
    return this.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ctx.workbook.application.suspendApiCalculationUntilNextSync();
      const block = ws.getRangeByIndexes(origin.row, origin.column, layout.values.length, layout.values[0].length);
      block.numberFormat = layout.numberFormats;
      block.values = layout.values;
      await ctx.sync();
      const indents = this.has(OPTIONAL_FEATURES.indentLevel);
      for (const s of layout.styles)
        applyStyle(
          ws.getRangeByIndexes(origin.row + s.row, origin.column + s.column, s.rows, s.columns),
          s.style,
          indents,
        );
      for (const m of layout.merges)
        ws.getRangeByIndexes(origin.row + m.row, origin.column + m.column, m.rows, m.columns).merge(false);
      layout.columnWidths.forEach(
        (width, i) => (ws.getRangeByIndexes(0, origin.column + i, 1, 1).format.columnWidth = width),
      );
      await ctx.sync();
      return placedTable(sheet, origin, layout);
    });
  }

  writeValues(sheet: string, topLeft: string, values: CellValue[][]): Promise<void> {
    return this.writeBlock(sheet, topLeft, values, false);
  }

  writeFormulas(sheet: string, topLeft: string, formulas: CellValue[][]): Promise<void> {
    return this.writeBlock(sheet, topLeft, formulas, true);
  }

  /** Where ExcelApi 1.8 is missing, no drop-down is added: the cells still take the levels typed in. */
  addListValidation(rule: ListValidation): Promise<void> {
    if (!this.has(OPTIONAL_FEATURES.listValidation)) return Promise.resolve();
    return this.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem(rule.sheet).getRange(rule.address);
      const source = Array.isArray(rule.source) ? rule.source.join(",") : rule.source;
      range.dataValidation.rule = { list: { inCellDropDown: true, source } };
      await ctx.sync();
    });
  }

  addTextFillRule(rule: TextFillRule): Promise<void> {
    return this.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem(rule.sheet).getRange(rule.address);
      const format = range.conditionalFormats.add("CellValue" as Excel.ConditionalFormatType.cellValue);
      format.cellValue.format.fill.color = rule.fill;
      if (rule.fontColor) format.cellValue.format.font.color = rule.fontColor;
      format.cellValue.rule = { formula1: `="${rule.equals.replace(/"/g, '""')}"`, operator: "EqualTo" };
      await ctx.sync();
    });
  }

  formatRange(ref: RangeRef, format: RangeFormatting): Promise<void> {
    return this.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem(ref.sheet).getRange(ref.address);
      applyStyle(range, { bold: format.bold, fill: format.fill, fontColor: format.fontColor, wrap: format.wrap });
      if (format.numberFormat !== undefined) {
        const rect = parseAddress(ref.address);
        range.numberFormat = Array.from({ length: rect.rows }, () =>
          new Array<string>(rect.columns).fill(format.numberFormat as string),
        );
      }
      if (format.columnWidthPoints !== undefined) range.format.columnWidth = format.columnWidthPoints;
      await ctx.sync();
    });
  }

  addLineChart(spec: LineChartSpec): Promise<void> {
    return this.addLineCharts([spec]);
  }

  addLineCharts(specs: LineChartSpec[]): Promise<void> {
    return this.run(async (ctx) => {
      for (const spec of specs) queueLineChart(ctx, spec);
      await ctx.sync();
    });
  }

  activate(sheet: string): Promise<void> {
    return this.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(sheet).activate();
      await ctx.sync();
    });
  }

  /** Reads the values of a range whose position has been loaded, in chunks. */
  private async readBlock(
    ctx: Excel.RequestContext,
    sheet: string,
    range: Excel.Range,
  ): Promise<RangeRef & { values: CellValue[][] }> {
    return { sheet, address: localAddress(range.address), values: await readRect(ctx, sheet, rectOf(range)) };
  }

  private writeBlock(sheet: string, topLeft: string, values: CellValue[][], formulas: boolean): Promise<void> {
    return this.run(async (ctx) => {
      const origin = parseAddress(topLeft);
      if (values.length === 0 || values[0].length === 0) return;
      ctx.workbook.application.suspendApiCalculationUntilNextSync();
      const range = ctx.workbook.worksheets
        .getItem(sheet)
        .getRangeByIndexes(origin.row, origin.column, values.length, values[0].length);
      range.numberFormat = textSafeFormats(values, formulas);
      if (formulas) range.formulas = values;
      else range.values = values;
      await ctx.sync();
    });
  }
}

/** A loaded range's rectangle. */
function rectOf(range: Excel.Range): Rect {
  return { row: range.rowIndex, column: range.columnIndex, rows: range.rowCount, columns: range.columnCount };
}

/** Reads a rectangle's values chunk by chunk, one sync each. */
function readRect(ctx: Excel.RequestContext, sheet: string, rect: Rect): Promise<CellValue[][]> {
  const ws = ctx.workbook.worksheets.getItem(sheet);
  return readInChunks(rect.rows, rect.columns, async (start, count) => {
    const chunk = ws.getRangeByIndexes(rect.row + start, rect.column, count, rect.columns).load("values");
    await ctx.sync();
    return chunk.values as CellValue[][];
  });
}

/**
 * Applies one style to a range: only the properties the style names are set. The indent needs
 * ExcelApi 1.9 (`RangeFormat.indentLevel`), so it is set only where `indents` says Excel has it.
 */
function applyStyle(range: Excel.Range, style: CellStyle, indents = true): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.indent !== undefined && indents) format.indentLevel = style.indent;
  if (style.horizontalAlignment !== undefined) format.horizontalAlignment = style.horizontalAlignment;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.border) {
    for (const edge of [
      "EdgeTop",
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
      "InsideHorizontal",
      "InsideVertical",
    ] as const) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.color = "#A6A6A6";
    }
  }
}

function styleSeries(series: Excel.ChartSeries, spec: LineChartSpec["series"][number]): void {
  if (spec.color) series.format.line.color = spec.color;
  if (spec.markersOnly) {
    series.format.line.lineStyle = "None";
    series.markerStyle = "Circle";
    series.markerSize = 7;
    if (spec.color) {
      series.markerBackgroundColor = spec.color;
      series.markerForegroundColor = spec.color;
    }
  } else {
    series.markerStyle = "None";
    if (spec.dashed) series.format.line.lineStyle = "Dash";
  }
}

/** "Data!A1:C3" -> "A1:C3": Office.js addresses carry their sheet. */
function localAddress(address: string): string {
  return splitReference(address, "").address;
}

/** Queues one line chart on the batch; the caller syncs. */
function queueLineChart(ctx: Excel.RequestContext, spec: LineChartSpec): void {
  const ws = ctx.workbook.worksheets.getItem(spec.sheet);
  const rangeOf = (ref: string) => {
    const { sheet, address } = splitReference(ref, spec.sheet);
    return ctx.workbook.worksheets.getItem(sheet).getRange(address);
  };
  const chart = ws.charts.add(
    "Line" as Excel.ChartType.line,
    rangeOf(spec.series[0].values),
    "Columns" as Excel.ChartSeriesBy.columns,
  );
  chart.title.text = spec.title;
  chart.legend.position = "Bottom";
  spec.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    series.name = s.name;
    if (i > 0) series.setValues(rangeOf(s.values));
    series.setXAxisValues(rangeOf(spec.categories));
    styleSeries(series, s);
  });
  const anchor = parseAddress(spec.anchor);
  const end = {
    row: anchor.row + (spec.heightRows ?? 15) - 1,
    column: anchor.column + (spec.widthColumns ?? 8) - 1,
    rows: 1,
    columns: 1,
  };
  chart.setPosition(formatAddress({ ...anchor, rows: 1, columns: 1 }), formatAddress(end));
}
