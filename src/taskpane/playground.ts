/*
 * The browser playground: the real task pane (the wizard) running against the in-memory workbook,
 * with the bundled police.uk sample. No office.js and no request except the sample file from the
 * same server. `window.__satk` lets the browser tests look into the workbook.
 */
import { gunzipSync } from "fflate";
import { parseCsv } from "../core/data/parse-csv";
import { MemoryWorkbook } from "../excel/memory-workbook";
import type { CellValue } from "../excel/workbook-port";
import { installStyles } from "./styles";
import { mountWizard } from "./wizard-view";
import { renderWorkbook } from "./sheet-view";
import "./extensions";

const SAMPLE_URL = "assets/sample/gwent-three-districts.csv.gz";
const PLAYGROUND_CSS = `
.playground { display: grid; grid-template-columns: 360px 1fr; min-height: 100vh; }
.pane { border-right: 1px solid var(--line); overflow: auto; max-height: 100vh; }
.book { display: flex; flex-direction: column; min-width: 0; }
.book-bar { display: flex; gap: 8px; align-items: center; padding: 8px 12px; border-bottom: 1px solid var(--line); flex-wrap: wrap; }
.book-bar button { margin: 0; }
.tabs { display: flex; gap: 2px; padding: 4px 8px 0; background: var(--soft); border-bottom: 1px solid var(--line); flex-wrap: wrap; }
.tab { margin: 0; border-radius: 4px 4px 0 0; font-weight: 400; }
.tab[aria-selected=true] { font-weight: 600; border-bottom: 2px solid var(--brand); }
.sheet { overflow: auto; flex: 1; padding: 8px; }
.sheet-grid td.bordered { border-color: #a6a6a6; }
.charts { display: flex; flex-wrap: wrap; gap: 12px; margin-bottom: 12px; }
.chart { margin: 0; border: 1px solid var(--line); padding: 4px; }
.chart img { display: block; max-width: 100%; }
.chart figcaption { font-size: 12px; color: var(--muted); }
.licence { padding: 6px 12px; font-size: 12px; color: var(--muted); border-top: 1px solid var(--line); }
`;

const workbook = new MemoryWorkbook({ syncDelayMs: 1 });
let shown = "";
let lastActive = "";
let pending = false;

function redraw(): void {
  if (pending) return;
  pending = true;
  requestAnimationFrame(() => {
    pending = false;
    if (workbook.activeSheet !== lastActive) shown = lastActive = workbook.activeSheet; // follow the wizard's new sheets
    const name = workbook.sheets.some((s) => s.name === shown) ? shown : workbook.activeSheet;
    renderWorkbook(workbook, byId("pg-tabs"), byId("pg-sheet"), name, (pick) => {
      shown = pick;
      redraw();
    });
  });
}

function byId(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The page has no #${id}.`);
  return found;
}

/** Adds one of the "user's" sheets and selects it, then redraws the task pane's lists. */
function addUserSheet(name: string, values: CellValue[][]): void {
  workbook.seedSheet(name, values);
  workbook.select(name, "A1");
  shown = name;
  mountWizard(byId("app"), workbook, { subtitle: "Playground: an in-memory workbook, nothing leaves this page." });
  redraw();
}

async function loadSample(): Promise<void> {
  const status = byId("pg-load-status");
  const button = byId("pg-load") as HTMLButtonElement;
  button.disabled = true;
  status.textContent = "Loading the sample...";
  try {
    const response = await fetch(SAMPLE_URL);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const rows = parseCsv(gunzipSync(new Uint8Array(await response.arrayBuffer())), "the sample");
    const name = workbook.sheets.some((s) => s.name === "Gwent sample") ? `Gwent sample ${workbook.sheets.length + 1}` : "Gwent sample";
    addUserSheet(name, rows);
    status.textContent = `Loaded ${rows.length - 1} rows into the sheet "${name}".`;
  } catch (error) {
    status.textContent = `Could not load the sample (${error instanceof Error ? error.message : String(error)}). Rebuild with npm run build and reload the page.`;
  } finally {
    button.disabled = false;
  }
}

installStyles(document, PLAYGROUND_CSS);
workbook.onChange(redraw);
mountWizard(byId("app"), workbook, { subtitle: "Playground: an in-memory workbook, nothing leaves this page." });
byId("pg-load").addEventListener("click", () => void loadSample());
void loadSample(); // preloaded, so a newcomer sees the toolkit work straight away
(window as unknown as { __satk: unknown }).__satk = { workbook, addUserSheet };
