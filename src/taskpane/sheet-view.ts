import type { MemoryChart, MemorySheet, MemoryWorkbook } from "../excel/memory-workbook";
import { columnLetters, parseAddress, splitReference } from "../excel/a1";
import { displayText } from "../excel/display-text";
import type { CellValue, ListValidation } from "../excel/workbook-port";
import type { ChartSeries } from "../core/tables/table-model";
import { excelSerialToMonth } from "../core/periods/excel-serial-to-month";
import { monthKey } from "../core/periods/month-key";
import { spcChartSvg } from "../export/spc-chart-svg";
import { visuallyHidden } from "./visually-hidden";

/**
 * The playground's view of a MemoryWorkbook: a tab per sheet and the active sheet as a grid (cells as
 * Excel would show them, with bold, fills, indents and alignment), its charts drawn as SVG pictures by
 * the export's SPC chart renderer. All text goes in through textContent; a chart is an <img> of an
 * SVG blob, so nothing in it can run. When the workbook calculates, a cell with a drop-down (list
 * validation) is a labelled <select>: choosing a level writes it into the cell as the analyst's edit,
 * and the workbook recalculates and redraws, so the MoRiLE matrix works live.
 */

const MAX_ROWS = 300;
const MAX_COLUMNS = 40;

/**
 * Draws the tabs and the shown sheet.
 *
 * @param workbook the workbook
 * @param tabs the tab strip element
 * @param panel the sheet panel element
 * @param shown the sheet to show (default the workbook's active sheet)
 * @param onPick called when the analyst picks a tab
 * @returns nothing
 */
export function renderWorkbook(workbook: MemoryWorkbook, tabs: HTMLElement, panel: HTMLElement, shown: string, onPick: (name: string) => void): void {
  // The workbook calls for a redraw after every sync: redraw only what changed, as a force's year is a
  // grid of thousands of cells to lay out again, and the tabs only when sheets come or the pick moves.
  const tabsKey = JSON.stringify([shown, workbook.sheets.map((s) => s.name)]);
  if (drawnTabs.get(tabs) !== tabsKey) drawTabs(workbook, tabs, shown, onPick);
  drawnTabs.set(tabs, tabsKey);
  const sheet = workbook.sheets.find((s) => s.name === shown);
  const drawn = drawnSheets.get(panel);
  if (sheet && drawn?.sheet === sheet && drawn.version === sheet.version) return;
  drawnSheets.set(panel, sheet ? { sheet, version: sheet.version } : undefined);
  drawSheet(workbook, panel, sheet);
}

/** What each tab strip and panel last drew. */
const drawnTabs = new WeakMap<HTMLElement, string>();
const drawnSheets = new WeakMap<HTMLElement, { sheet: MemorySheet; version: number } | undefined>();

function drawTabs(workbook: MemoryWorkbook, tabs: HTMLElement, shown: string, onPick: (name: string) => void): void {
  tabs.replaceChildren(...workbook.sheets.map((sheet) => {
    const tab = document.createElement("button");
    tab.type = "button";
    tab.className = "tab";
    tab.setAttribute("role", "tab");
    tab.setAttribute("aria-selected", String(sheet.name === shown));
    tab.dataset.sheet = sheet.name;
    tab.textContent = sheet.name;
    tab.addEventListener("click", () => onPick(sheet.name));
    return tab;
  }));
}

function drawSheet(workbook: MemoryWorkbook, panel: HTMLElement, sheet: MemorySheet | undefined): void {
  // A redraw replaces the drop-downs: keep the keyboard on the one the analyst was using.
  const focused = panel.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset.cell : undefined;
  panel.replaceChildren();
  if (!sheet) return;
  panel.setAttribute("aria-label", sheet.name);
  panel.dataset.sheet = sheet.name;
  if (sheet.charts.length > 0) panel.append(chartsOf(sheet.charts));
  panel.append(gridOf(workbook, sheet));
  if (focused) panel.querySelector<HTMLElement>(`select[data-cell="${focused}"]`)?.focus();
}

function gridOf(workbook: MemoryWorkbook, sheet: MemorySheet): HTMLElement {
  const used = workbook.usedRect(sheet);
  const rows = Math.min(used.row + used.rows, MAX_ROWS);
  const columns = Math.min(used.column + used.columns, MAX_COLUMNS);
  const table = document.createElement("table");
  table.className = "grid sheet-grid";
  table.setAttribute("aria-label", `Cells of ${sheet.name}`);
  const head = document.createElement("tr");
  // The corner cell heads the row numbers; its text is for screen readers only (axe: no empty header).
  const corner = document.createElement("th");
  corner.append(visuallyHidden("Row"));
  head.append(corner);
  for (let c = 0; c < columns; c++) {
    const th = document.createElement("th");
    th.textContent = columnLetters(c);
    const width = sheet.columnWidths.get(c);
    if (width) th.style.minWidth = `${Math.round(width * 1.33)}px`;
    head.append(th);
  }
  table.append(head);
  for (let r = 0; r < rows; r++) {
    const tr = document.createElement("tr");
    const th = document.createElement("th");
    th.textContent = String(r + 1);
    tr.append(th);
    for (let c = 0; c < columns; c++) tr.append(cellOf(workbook, sheet, r, c));
    table.append(tr);
  }
  const wrap = document.createElement("div");
  wrap.className = "grid-wrap";
  wrap.append(table);
  if (used.row + used.rows > MAX_ROWS) {
    const more = document.createElement("p");
    more.className = "hint";
    more.textContent = `Showing the first ${MAX_ROWS} of ${used.row + used.rows} rows.`;
    wrap.append(more);
  }
  return wrap;
}

function cellOf(workbook: MemoryWorkbook, sheet: MemorySheet, r: number, c: number): HTMLTableCellElement {
  const td = document.createElement("td");
  const cell = sheet.rows[r]?.[c];
  td.dataset.cell = `${columnLetters(c)}${r + 1}`;
  const validation = workbook.calculates && sheet.createdByToolkit ? validationAt(sheet, r, c) : undefined;
  if (validation) td.append(dropDown(workbook, sheet, validation, r, c));
  if (!cell) return td;
  if (!validation) td.textContent = cell.formula && cell.value === "" && !workbook.calculates ? cell.formula : displayText(cell.value, cell.numberFormat);
  if (!validation && (td.textContent ?? "").length > 40) td.title = td.textContent ?? "";
  if (cell.formula && workbook.calculates) {
    td.classList.add("calculated");
    td.title = `Calculated by the formula ${cell.formula}`;
  } else if (cell.formula && cell.value === "") {
    // The in-memory workbook does not calculate: show the formula Excel would calculate, marked as such.
    td.classList.add("formula");
    td.title = "A formula: Excel calculates it; the playground shows it as written.";
  }
  const s = cell.style;
  if (s.bold) td.style.fontWeight = "700";
  if (s.italic) td.style.fontStyle = "italic";
  if (s.fill) td.style.background = s.fill;
  if (s.fontColor) td.style.color = s.fontColor;
  if (s.indent) td.style.paddingLeft = `${6 + s.indent * 12}px`;
  const align = s.horizontalAlignment ?? (typeof cell.value === "number" ? "Right" : undefined);
  if (align) td.style.textAlign = align.toLowerCase();
  if (s.border) td.classList.add("bordered");
  return td;
}

function validationAt(sheet: MemorySheet, r: number, c: number): ListValidation | undefined {
  return sheet.validations.find((v) => {
    const rect = parseAddress(v.address);
    return r >= rect.row && r < rect.row + rect.rows && c >= rect.column && c < rect.column + rect.columns;
  });
}

/** The choices of a drop-down: its list, or the non-blank values of the range it refers to. */
function choicesOf(workbook: MemoryWorkbook, sheet: MemorySheet, validation: ListValidation): string[] {
  if (Array.isArray(validation.source)) return validation.source;
  const { sheet: from, address } = splitReference(validation.source.replace(/^=/, ""), sheet.name);
  try {
    return workbook.valuesOf(from, address).flat().filter((v) => v !== "").map(String);
  } catch {
    return []; // the referenced sheet is gone: Excel's drop-down would be empty too
  }
}

/**
 * A drop-down for one cell, labelled by its column's heading and its row's first cell (as "Physical
 * harm, Domestic abuse (B8)"); a blank first option clears the cell.
 */
function dropDown(workbook: MemoryWorkbook, sheet: MemorySheet, validation: ListValidation, r: number, c: number): HTMLSelectElement {
  const address = `${columnLetters(c)}${r + 1}`;
  const value = sheet.rows[r]?.[c]?.value ?? "";
  const top = parseAddress(validation.address).row;
  const text = (row: number, column: number) => String(sheet.rows[row]?.[column]?.value ?? "").trim();
  const heading = top > 0 ? text(top - 1, c) : "";
  const select = document.createElement("select");
  select.className = "cell-choice";
  select.dataset.cell = address;
  select.setAttribute("aria-label", `${[heading, c > 0 ? text(r, 0) : ""].filter(Boolean).join(", ") || "Choice"} (${address})`);
  const choices = choicesOf(workbook, sheet, validation);
  for (const choice of ["", ...choices]) {
    const option = document.createElement("option");
    option.value = choice;
    option.textContent = choice === "" ? "(blank)" : choice;
    option.selected = choice.toLowerCase() === String(value).toLowerCase();
    select.append(option);
  }
  if (value !== "" && !choices.some((ch) => ch.toLowerCase() === String(value).toLowerCase())) {
    select.append(Object.assign(document.createElement("option"), { value: String(value), textContent: String(value), selected: true }));
  }
  select.addEventListener("change", () => workbook.setCellValue(sheet.name, address, select.value));
  return select;
}

function chartsOf(charts: MemoryChart[]): HTMLElement {
  const box = document.createElement("div");
  box.className = "charts";
  for (const chart of charts) {
    const figure = document.createElement("figure");
    figure.className = "chart";
    const img = document.createElement("img");
    img.alt = `Line chart: ${chart.title}`;
    img.src = URL.createObjectURL(new Blob([spcChartSvg(seriesOf(chart), { width: 560, height: 300 })], { type: "image/svg+xml" }));
    const caption = document.createElement("figcaption");
    caption.textContent = `${chart.title} (${chart.series.map((s) => s.name).join(", ")})`;
    figure.append(img, caption);
    box.append(figure);
  }
  return box;
}

/** The chart's cells read back into the SPC series the renderer draws. */
function seriesOf(chart: MemoryChart): ChartSeries {
  const data = chart.resolved();
  const points = (name: string): CellValue[] => data.series.find((s) => s.name === name)?.points ?? [];
  const numbers = (name: string) => points(name).map((v) => (typeof v === "number" ? v : NaN));
  return {
    title: chart.title,
    months: data.categories.map((v) => (typeof v === "number" ? monthKey(excelSerialToMonth(v)) : String(v))),
    values: numbers("Count"),
    centreLine: numbers("Centre line"),
    lowerLimit: numbers("Lower limit"),
    upperLimit: numbers("Upper limit"),
    signals: signalsOf(data.series),
  };
}

/** Each month's special cause, named by the marker series it is in (as `chartSheetPlan` split them). */
function signalsOf(series: { name: string; points: CellValue[] }[]): string[] {
  const markers = series.filter((s) => s.name.startsWith("Special cause"));
  const length = Math.max(0, ...series.map((s) => s.points.length));
  return Array.from({ length }, (_, m) => markers.find((s) => s.points[m] !== "" && s.points[m] !== undefined)?.name ?? "");
}
