/*
 * save-word.html: the page Export to Word opens in the system browser from Excel for Mac, whose task pane
 * cannot save files (see save-route.ts). The tables arrive packed in the address's fragment
 * (`packTables`); the page removes the fragment from the address bar and history, makes the .docx with
 * the same code as the task pane (charts drawn with the add-in's own resvg and fonts), starts the
 * download and leaves a link to save it again. Only the add-in's own files are fetched; the tables are
 * never sent anywhere. Text goes in through textContent only.
 */
import { browserSvgToPng } from "../export/browser-svg-to-png";
import { wordFile } from "../export/word-file";
import { safeFileName } from "../export";
import { unpackTables } from "../export";
import { installStyles } from "./styles";

function byId<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The page has no #${id}.`);
  return found as T;
}

async function saveFromAddress(): Promise<void> {
  const status = byId("save-status");
  const link = byId<HTMLAnchorElement>("save-link");
  const packed = location.hash.slice(1);
  // The tables are in the address: keep them out of the address bar and the browser's history.
  history.replaceState(null, "", location.pathname + location.search);
  try {
    if (packed === "")
      throw new Error("There are no tables in this page's address. Open it from Export to Word in Excel.");
    const { title, tables } = unpackTables(packed);
    const fileName = `${safeFileName(title)}.docx`;
    status.textContent = `Making ${fileName} (${tables.length} table${tables.length === 1 ? "" : "s"})...`;
    link.href = URL.createObjectURL(await wordFile(tables, { title, svgToPng: browserSvgToPng() })); // the same file as the task pane's own export
    link.download = fileName;
    link.textContent = `Save ${fileName} again`;
    link.hidden = false;
    link.click();
    status.textContent = `Made ${fileName}: your browser saves it to Downloads, or asks where. If it did not, use the link below.`;
  } catch (error) {
    status.textContent = error instanceof Error ? error.message : String(error);
    status.className = "error";
  }
}

installStyles(document);
void saveFromAddress();
