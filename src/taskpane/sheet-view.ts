import type { MemoryChart, MemorySheet, MemoryWorkbook } from "../excel";
import { columnLetters, formatAddress, parseAddress, splitReference } from "../excel";
import { displayText } from "../excel";
import type { CellValue, ListValidation } from "../excel";
import type { ChartSeries } from "../core/tables";
import { excelSerialToMonth } from "../core/periods";
import { monthKey } from "../core/periods";
import { spcChartSvg } from "../export";
import { visuallyHidden } from "./visually-hidden";

/**
 * The playground's view of a MemoryWorkbook: a tab per sheet and the active sheet as a grid (cells as
 * Excel would show them, with bold, fills, indents and alignment), its charts drawn as SVG pictures by
 * the export's SPC chart renderer. All text goes in through textContent; a chart is an <img> of an
 * SVG blob, so nothing in it can run. When the workbook calculates, a cell with a drop-down (list
 * validation) is a labelled <select>: choosing a level writes it into the cell as the analyst's edit,
 * and the workbook recalculates and redraws, so the MoRiLE matrix works live.
 *
 * Ranges are selected as in Excel, so "Check a table" and "The current selection" can be tried: click a
 * cell, drag or Shift+click to extend; click a column letter (or drag across letters) for whole columns,
 * a row number for whole rows; with the sheet focused, the arrow keys move the active cell, Shift+arrows
 * extend the selection, Ctrl+Space selects the columns and Shift+Space the rows. The selection is the
 * workbook's (`MemoryWorkbook.select`), which is what the task pane reads.
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
export function renderWorkbook(
  workbook: MemoryWorkbook,
  tabs: HTMLElement,
  panel: HTMLElement,
  shown: string,
  onPick: (name: string) => void,
): void {
  // The workbook calls for a redraw after every sync: redraw only what changed, as a force's year is a
  // grid of thousands of cells to lay out again, and the tabs only when sheets come or the pick moves.
  const tabsKey = JSON.stringify([shown, workbook.sheets.map((s) => s.name)]);
  if (drawnTabs.get(tabs) !== tabsKey) drawTabs(workbook, tabs, shown, onPick);
  drawnTabs.set(tabs, tabsKey);
  const sheet = workbook.sheets.find((s) => s.name === shown);
  attachSelection(workbook, panel);
  const drawn = drawnSheets.get(panel);
  if (!(sheet && drawn?.sheet === sheet && drawn.version === sheet.version)) {
    drawnSheets.set(panel, sheet ? { sheet, version: sheet.version } : undefined);
    drawSheet(workbook, panel, sheet);
  }
  markSelection(workbook, panel);
}

/** Excel's last row and column: a whole column runs to row 1,048,576, a whole row to column XFD. */
const LAST_ROW = 1048576;
const LAST_COLUMN = 16384;

interface Cell {
  row: number;
  column: number;
}

/** The rectangle from one cell to another, either way round, as an A1 address. */
function spanAddress(a: Cell, b: Cell): string {
  const row = Math.min(a.row, b.row);
  const column = Math.min(a.column, b.column);
  return formatAddress({ row, column, rows: Math.abs(a.row - b.row) + 1, columns: Math.abs(a.column - b.column) + 1 });
}

/** What a mouse press or drag picks: a cell, a whole column (row -1) or a whole row (column -1). */
function pickAt(target: EventTarget | null): Cell | null {
  const element =
    target instanceof Element ? target.closest<HTMLElement>("td[data-cell], th[data-column], th[data-row]") : null;
  if (!element) return null;
  if (element.dataset.column !== undefined) return { row: -1, column: Number(element.dataset.column) };
  if (element.dataset.row !== undefined) return { row: Number(element.dataset.row), column: -1 };
  const { row, column } = parseAddress(element.dataset.cell!);
  return { row, column };
}

/** The address from an anchor to a pick: whole columns or rows when the anchor is a heading. */
function selectionFrom(anchor: Cell, to: Cell): string {
  if (anchor.row < 0)
    return spanAddress({ row: 0, column: anchor.column }, { row: LAST_ROW - 1, column: Math.max(0, to.column) });
  if (anchor.column < 0)
    return spanAddress({ row: anchor.row, column: 0 }, { row: Math.max(0, to.row), column: LAST_COLUMN - 1 });
  return spanAddress(anchor, { row: Math.max(0, to.row), column: Math.max(0, to.column) });
}

const attached = new WeakSet<HTMLElement>();

/** Where each panel's selection starts (the anchor) and the end that moves, across redraws. */
const selections = new WeakMap<HTMLElement, { sheet: string; anchor: Cell; end: Cell }>();

/** Mouse and keyboard selection on a sheet panel, attached once; the panel's `data-sheet` says which sheet. */
function attachSelection(workbook: MemoryWorkbook, panel: HTMLElement): void {
  if (attached.has(panel)) return;
  attached.add(panel);
  let dragging = false;
  const choose = (anchor: Cell, end: Cell) => {
    const sheet = panel.dataset.sheet;
    if (!sheet) return;
    selections.set(panel, { sheet, anchor, end });
    workbook.select(sheet, selectionFrom(anchor, end));
  };
  panel.addEventListener("mousedown", (event) => {
    if (event.button !== 0 || (event.target instanceof Element && event.target.closest("select"))) return;
    const pick = pickAt(event.target);
    if (!pick) return;
    const current = selections.get(panel);
    const extend = event.shiftKey && current && current.sheet === panel.dataset.sheet;
    choose(extend ? current.anchor : pick, pick);
    dragging = true;
    event.preventDefault(); // no text selection while dragging
    panel.focus({ preventScroll: true });
  });
  panel.addEventListener("mouseover", (event) => {
    if (!dragging || (event.buttons & 1) === 0) return void (dragging = false);
    const pick = pickAt(event.target);
    const current = selections.get(panel);
    if (pick && current) choose(current.anchor, pick);
  });
  document.addEventListener("mouseup", () => (dragging = false));
  panel.addEventListener("keydown", (event) => {
    if (event.target instanceof Element && event.target.closest("select")) return;
    const sheet = panel.dataset.sheet;
    if (!sheet) return;
    const saved = selections.get(panel);
    const start = parseAddress(workbook.selection.sheet === sheet ? workbook.selection.address : "A1");
    const current =
      saved && saved.sheet === sheet
        ? saved
        : { anchor: { row: start.row, column: start.column }, end: { row: start.row, column: start.column } };
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const move = moves[event.key];
    if (move) {
      const from = event.shiftKey ? current.end : current.anchor;
      const to = {
        row: Math.max(0, Math.max(0, from.row) + move[0]),
        column: Math.max(0, Math.max(0, from.column) + move[1]),
      };
      choose(event.shiftKey ? current.anchor : to, to);
    } else if (event.key === " " && event.ctrlKey) {
      choose(
        { row: -1, column: Math.max(0, current.anchor.column) },
        { row: 0, column: Math.max(0, current.end.column) },
      );
    } else if (event.key === " " && event.shiftKey) {
      choose({ row: Math.max(0, current.anchor.row), column: -1 }, { row: Math.max(0, current.end.row), column: 0 });
    } else return;
    event.preventDefault();
  });
}

/** Marks the selected cells of the drawn grid (and their headings), as Excel shades a selection. */
function markSelection(workbook: MemoryWorkbook, panel: HTMLElement): void {
  for (const marked of panel.querySelectorAll(".selected, .active-cell"))
    marked.classList.remove("selected", "active-cell");
  const table = panel.querySelector<HTMLTableElement>("table.sheet-grid");
  if (!table || workbook.selection.sheet !== panel.dataset.sheet) return;
  const rect = parseAddress(workbook.selection.address);
  const lastRow = Math.min(rect.row + rect.rows, table.rows.length - 1);
  const columns = table.rows[0]?.cells.length ?? 1;
  const lastColumn = Math.min(rect.column + rect.columns, columns - 1);
  for (let r = rect.row; r < lastRow; r++) {
    const cells = table.rows[r + 1].cells;
    cells[0]?.classList.add("selected");
    for (let c = rect.column; c < lastColumn; c++) cells[c + 1]?.classList.add("selected");
  }
  for (let c = rect.column; c < lastColumn; c++) table.rows[0].cells[c + 1]?.classList.add("selected");
  const saved = selections.get(panel);
  const active = saved && saved.sheet === panel.dataset.sheet ? saved.anchor : rect;
  table.rows[Math.max(0, active.row) + 1]?.cells[Math.max(0, active.column) + 1]?.classList.add("active-cell");
}

/** What each tab strip and panel last drew. */
const drawnTabs = new WeakMap<HTMLElement, string>();
const drawnSheets = new WeakMap<HTMLElement, { sheet: MemorySheet; version: number } | undefined>();

function drawTabs(workbook: MemoryWorkbook, tabs: HTMLElement, shown: string, onPick: (name: string) => void): void {
  tabs.replaceChildren(
    ...workbook.sheets.map((sheet) => {
      const tab = document.createElement("button");
      tab.type = "button";
      tab.className = "tab";
      tab.setAttribute("role", "tab");
      tab.setAttribute("aria-selected", String(sheet.name === shown));
      tab.dataset.sheet = sheet.name;
      tab.textContent = sheet.name;
      tab.addEventListener("click", () => onPick(sheet.name));
      return tab;
    }),
  );
}

function drawSheet(workbook: MemoryWorkbook, panel: HTMLElement, sheet: MemorySheet | undefined): void {
  // A redraw replaces the drop-downs: keep the keyboard on the one the analyst was using.
  const focused = panel.contains(document.activeElement)
    ? (document.activeElement as HTMLElement).dataset.cell
    : undefined;
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
    th.dataset.column = String(c);
    const width = sheet.columnWidths.get(c);
    if (width) th.style.minWidth = `${Math.round(width * 1.33)}px`;
    head.append(th);
  }
  table.append(head);
  for (let r = 0; r < rows; r++) {
    const tr = document.createElement("tr");
    const th = document.createElement("th");
    th.textContent = String(r + 1);
    th.dataset.row = String(r);
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
  if (!validation)
    td.textContent =
      cell.formula && cell.value === "" && !workbook.calculates
        ? cell.formula
        : displayText(cell.value, cell.numberFormat);
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
    return workbook
      .valuesOf(from, address)
      .flat()
      .filter((v) => v !== "")
      .map(String);
  } catch {
    return []; // the referenced sheet is gone: Excel's drop-down would be empty too
  }
}

/**
 * A drop-down for one cell, labelled by its column's heading and its row's first cell (as "Physical
 * harm, Domestic abuse (B8)"); a blank first option clears the cell.
 */
function dropDown(
  workbook: MemoryWorkbook,
  sheet: MemorySheet,
  validation: ListValidation,
  r: number,
  c: number,
): HTMLSelectElement {
  const address = `${columnLetters(c)}${r + 1}`;
  const value = sheet.rows[r]?.[c]?.value ?? "";
  const top = parseAddress(validation.address).row;
  const text = (row: number, column: number) => String(sheet.rows[row]?.[column]?.value ?? "").trim();
  const heading = top > 0 ? text(top - 1, c) : "";
  const select = document.createElement("select");
  select.className = "cell-choice";
  select.dataset.cell = address;
  select.setAttribute(
    "aria-label",
    `${[heading, c > 0 ? text(r, 0) : ""].filter(Boolean).join(", ") || "Choice"} (${address})`,
  );
  const choices = choicesOf(workbook, sheet, validation);
  for (const choice of ["", ...choices]) {
    const option = document.createElement("option");
    option.value = choice;
    option.textContent = choice === "" ? "(blank)" : choice;
    option.selected = choice.toLowerCase() === String(value).toLowerCase();
    select.append(option);
  }
  if (value !== "" && !choices.some((ch) => ch.toLowerCase() === String(value).toLowerCase())) {
    select.append(
      Object.assign(document.createElement("option"), {
        value: String(value),
        textContent: String(value),
        selected: true,
      }),
    );
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
    img.src = URL.createObjectURL(
      new Blob([spcChartSvg(seriesOf(chart), { width: 560, height: 300 })], { type: "image/svg+xml" }),
    );
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
  return Array.from(
    { length },
    (_, m) => markers.find((s) => s.points[m] !== "" && s.points[m] !== undefined)?.name ?? "",
  );
}
