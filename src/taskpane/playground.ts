/*
 * The browser playground: the real task pane (the wizard) running against the in-memory workbook,
 * with the bundled police.uk sample and a "Population" sheet of the Gwent districts' census counts (so
 * "All standard tables" makes the rate table too). No office.js and no request except the sample
 * files from the same server. `window.__satk` lets the browser tests look into the workbook.
 */
import { gunzipSync } from "fflate";
import { parseCsv } from "../core/csv";
import { MemoryWorkbook } from "../excel";
import { recalculateWorkbook } from "../excel";
import type { CellValue } from "../excel";
import { installStyles } from "./styles";
import { mountWizard } from "./wizard-view";
import { renderWorkbook } from "./sheet-view";
import "./extensions";

const SAMPLE_URL = "assets/sample/gwent-three-districts.csv.gz";
const POPULATION_URL = "assets/sample/population-gwent.csv";
const POPULATION_SHEET = "Population";
const SAMPLE_SHEET = "Gwent sample";
const SUBTITLE = "Playground: an in-memory workbook, nothing leaves this page.";
const PLAYGROUND_CSS = `
.playground { display: grid; grid-template-columns: 360px 1fr; min-height: 100vh; }
.pane { border-right: 1px solid var(--line); overflow: auto; max-height: 100vh; }
.book { display: flex; flex-direction: column; min-width: 0; max-height: 100vh; }
.book-bar { display: flex; gap: 8px; align-items: center; padding: 8px 12px; border-bottom: 1px solid var(--line); flex-wrap: wrap; }
.book-bar button { margin: 0; }
/* One line of tabs that scrolls, as in Excel, and the sheet scrolling inside the window: a strip that wrapped as
   sheets were added moved the whole grid down, and the browser painted its thousands of cells again each time. */
.tabs { display: flex; gap: 2px; padding: 4px 8px 0; background: var(--soft); border-bottom: 1px solid var(--line); overflow-x: auto; flex-shrink: 0; }
.tab { flex-shrink: 0; }
.tab { margin: 0; border-radius: 4px 4px 0 0; font-weight: 400; }
.tab[aria-selected=true] { font-weight: 600; border-bottom: 2px solid var(--brand); }
.sheet { overflow: auto; flex: 1; min-height: 0; padding: 8px; contain: content; }
.sheet-grid td.bordered { border-color: #a6a6a6; }
/* Long text (a sheet's notes, a profile's statement) would widen its whole column, where Excel lets it run
   over the empty cells beside it: cut it with an ellipsis; the full text is the cell's tooltip. */
.sheet-grid td { max-width: 30em; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.formula-key, .sheet-grid td.formula { font-family: Consolas, "Courier New", monospace; font-size: 11px; color: #5c2e91; background: #f7f3fb; }
.sheet-grid td.calculated::after { content: "ƒ"; margin-left: 3px; font-size: 9px; color: #5c2e91; vertical-align: super; }
.sheet-grid select.cell-choice { width: 100%; margin: 0; padding: 1px 2px; font: inherit; }
/* The selection, as Excel shades it (over any fill), its active cell outlined, its headings darker. */
.sheet-grid td.selected { box-shadow: inset 0 0 0 9999px rgba(33, 115, 70, 0.16); }
.sheet-grid td.active-cell { outline: 2px solid #217346; outline-offset: -2px; }
.sheet-grid th.selected { background: #d2e7da; }
.sheet-grid { user-select: none; }
.name-box { font-family: Consolas, "Courier New", monospace; font-size: 12px; padding: 2px 6px; border: 1px solid var(--line); min-width: 10em; }
.charts { display: flex; flex-wrap: wrap; gap: 12px; margin-bottom: 12px; }
.chart { margin: 0; border: 1px solid var(--line); padding: 4px; }
.chart img { display: block; max-width: 100%; }
.chart figcaption { font-size: 12px; color: var(--muted); }
.licence { padding: 6px 12px; font-size: 12px; color: var(--muted); border-top: 1px solid var(--line); }
`;

/** `?sync-delay=0` (the browser bench) makes each simulated sync a round trip of no time; 1 ms by default. */
const syncDelay = Number(new URLSearchParams(location.search).get("sync-delay") ?? 1);
// It calculates the subset of formulas the toolkit writes (the MoRiLE matrix), recalculating after each change.
const workbook = new MemoryWorkbook({
  syncDelayMs: Number.isFinite(syncDelay) && syncDelay >= 0 ? syncDelay : 1,
  calculate: recalculateWorkbook,
});
let shown = "";
let lastActive = "";
let pending = false;
/** The wizard's listener for the sheet on show, which stands in for Excel's active sheet. */
let activeSheetListener: ((sheet: string) => void) | undefined;

function redraw(): void {
  if (pending) return;
  pending = true;
  requestAnimationFrame(() => {
    pending = false;
    if (workbook.activeSheet !== lastActive) shown = lastActive = workbook.activeSheet; // follow the wizard's new sheets
    const name = workbook.sheets.some((s) => s.name === shown) ? shown : workbook.activeSheet;
    renderWorkbook(workbook, byId("pg-tabs"), byId("pg-sheet"), name, (pick) => {
      shown = pick;
      workbook.select(pick, "A1"); // as in Excel, the selection is on the sheet in view
      activeSheetListener?.(pick);
      redraw();
    });
    const { sheet, address } = workbook.selection;
    byId("pg-selection").textContent = sheet ? `${sheet}!${address}` : "";
  });
}

function byId(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The page has no #${id}.`);
  return found;
}

/** Draws the task pane afresh (its lists of sheets are read when it is drawn). */
function mount(): void {
  activeSheetListener = undefined;
  mountWizard(byId("app"), workbook, {
    subtitle: SUBTITLE,
    watchActiveSheet: (listener) => (activeSheetListener = listener),
  });
}

/** Adds the "user's" sheets in order and selects the first, then redraws the task pane's lists. */
function addUserSheets(sheets: { name: string; values: CellValue[][] }[]): void {
  for (const sheet of sheets) workbook.seedSheet(sheet.name, sheet.values);
  workbook.select(sheets[0].name, "A1");
  shown = sheets[0].name;
  mount();
  redraw();
}

function addUserSheet(name: string, values: CellValue[][]): void {
  addUserSheets([{ name, values }]);
}

/** A CSV's cells as Excel shows them after opening the file: whole numbers become numbers. */
function asOpenedByExcel(rows: string[][]): CellValue[][] {
  return rows.map((row) => row.map((v) => (/^-?\d+$/.test(v) ? Number(v) : v)));
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function loadSample(): Promise<void> {
  const status = byId("pg-load-status");
  const button = byId("pg-load") as HTMLButtonElement;
  if (workbook.sheets.some((s) => s.name === SAMPLE_SHEET)) {
    // Loaded already: show it again rather than add a second copy ("Gwent sample 25" after many presses).
    workbook.select(SAMPLE_SHEET, "A1");
    shown = SAMPLE_SHEET;
    redraw();
    status.textContent = `The sample is already loaded, in the sheet "${SAMPLE_SHEET}".`;
    return;
  }
  button.disabled = true;
  status.textContent = "Loading the sample...";
  try {
    const [sample, census] = await Promise.all([fetchBytes(SAMPLE_URL), fetchBytes(POPULATION_URL)]);
    const rows = parseCsv(gunzipSync(sample), "the sample");
    const name = SAMPLE_SHEET;
    const hasPopulation = workbook.sheets.some((s) => s.name === POPULATION_SHEET);
    const population = hasPopulation
      ? []
      : [{ name: POPULATION_SHEET, values: asOpenedByExcel(parseCsv(census, "the population sample")) }];
    addUserSheets([{ name, values: rows }, ...population]);
    status.textContent = `Loaded ${rows.length - 1} rows into the sheet "${name}"${hasPopulation ? "" : `, and the districts' census population into "${POPULATION_SHEET}"`}.`;
  } catch (error) {
    status.textContent = `Could not load the sample (${error instanceof Error ? error.message : String(error)}). Rebuild with npm run build and reload the page.`;
  } finally {
    button.disabled = false;
  }
}

installStyles(document, PLAYGROUND_CSS);
workbook.onChange(redraw);
mount();
byId("pg-load").addEventListener("click", () => void loadSample());
void loadSample(); // preloaded, so a newcomer sees the toolkit work straight away
(window as unknown as { __satk: unknown }).__satk = { workbook, addUserSheet };
