import type { TableModel } from "../core/tables";
import { browserSvgToPng } from "../export/browser-svg-to-png";
import { copyTableForWord, type ClipboardHost, type CopyMethod } from "../export";
import { wordFile } from "../export/word-file";
import type { SvgToPng } from "../export/svg-to-png";
import { safeFileName } from "../export";
import { MAX_PACKED_LENGTH, packTables } from "../export";
import { chooseSaveRoute, officeSaveHost, type OfficeSaveHost, type SaveRoute } from "./save-route";

export interface ExportToWordOptions {
  /** Document title (default "Strategic Assessment tables"); also the file name when `fileName` is not given. */
  title?: string;
  author?: string;
  /** The file name offered, ending .docx. */
  fileName?: string;
  /** The chart renderer (default `browserSvgToPng()`, reading the add-in's assets/). */
  svgToPng?: SvgToPng;
}

/** What the page must offer for a download; `pageHost()` in the task pane, fakes in tests. */
export interface DownloadHost {
  document: Document;
  URL: { createObjectURL(blob: Blob): string; revokeObjectURL(url: string): void };
  navigator?: { msSaveOrOpenBlob?: (blob: Blob, name: string) => boolean };
  /** The page's address, to find save-word.html next to it. */
  location?: { href: string };
  /** What Office says about the platform (`officeSaveHost()`); undefined outside Office. */
  office?: OfficeSaveHost;
}

/** How far the export went, which the task pane reports as it is: never "saved" when it cannot know. */
export interface SavedWordFile {
  route: SaveRoute;
  fileName: string;
  /** An object URL of the .docx (download routes); give it to `releaseWordFile` when done. */
  url?: string;
  /** The .docx's size in bytes (download routes; the browser route makes the file in the browser). */
  size?: number;
}

/** The page that makes and saves the .docx in the system browser (Excel for Mac). */
export const SAVE_PAGE = "save-word.html";

/** The task pane's own globals, with Office's answers about the platform. */
export function pageHost(): DownloadHost {
  const page = globalThis as unknown as DownloadHost;
  return {
    document: page.document,
    URL: page.URL,
    navigator: page.navigator,
    location: page.location,
    office: officeSaveHost(),
  };
}

/**
 * The task pane's "Export to Word" button: builds the .docx of the given tables (in order, with their SPC
 * charts) and saves it by the route the platform allows (`chooseSaveRoute`):
 * - "download": a Blob, an object URL and a clicked `<a download>` (Excel on the web, Windows WebView2);
 * - "ms-save": `msSaveOrOpenBlob` (old Windows webviews without the `download` attribute);
 * - "browser-window": Excel for Mac, whose webview drops downloads. The tables are packed into the address
 *   fragment of save-word.html (`packTables`; a fragment never reaches a server) and that page is opened
 *   in the system browser with `Office.context.ui.openBrowserWindow`; it makes the .docx there and saves it.
 * A webview cannot report whether a download started, so the result says which route was taken and the
 * pane words its message accordingly ("started", not "saved").
 *
 * Missing values: an empty `tables` list is refused (there is nothing to export).
 *
 * @param tables the chosen tables, in assessment order
 * @param options title, author, file name and chart renderer
 * @param host the page's globals (default `pageHost()`)
 * @returns the route taken, the file name, and for the download routes the object URL and size in bytes
 * @throws Error "Choose at least one table to export." for an empty list; a plain message naming what to
 *   do instead when this Excel can neither download nor open the browser, or the tables are too many to
 *   pass to the browser; errors from `buildDocx`
 * @example
 * const saved = await exportToWord(chosenTables, { title: "Maidstone Strategic Assessment 2018-19" });
 */
export async function exportToWord(
  tables: TableModel[],
  options: ExportToWordOptions = {},
  host: DownloadHost = pageHost(),
): Promise<SavedWordFile> {
  if (tables.length === 0) throw new Error("Choose at least one table to export.");
  const title = options.title ?? "Strategic Assessment tables";
  const fileName = options.fileName ?? `${safeFileName(title)}.docx`;
  const route = chooseSaveRoute(host.office, Boolean(host.navigator?.msSaveOrOpenBlob));
  if (route === "none") throw new Error(NO_SAVE_MESSAGE);
  if (route === "browser-window") {
    openSavePage(title, tables, host);
    return { route, fileName: `${safeFileName(title)}.docx` }; // the name save-word.html gives it
  }
  const blob = await wordFile(tables, {
    title,
    author: options.author,
    svgToPng: options.svgToPng ?? browserSvgToPng(),
  });
  const url = host.URL.createObjectURL(blob);
  if (route === "ms-save") {
    host.navigator!.msSaveOrOpenBlob!(blob, fileName);
  } else {
    const link = host.document.createElement("a");
    link.href = url;
    link.download = fileName;
    link.style.display = "none";
    host.document.body.appendChild(link);
    link.click();
    link.remove();
  }
  return { route, fileName, url, size: blob.size };
}

/** Where nothing can save a file from the add-in: what to do instead. */
export const NO_SAVE_MESSAGE =
  "This Excel cannot save files from an add-in (Excel for Mac's task pane drops downloads, and this " +
  "version cannot open your web browser for it). Use Copy for Word for each table, open the workbook in Excel on the web, " +
  "or run: satk report --input ... --out report.docx";

/** Opens save-word.html, next to the task pane, in the system browser with the tables in its fragment. */
function openSavePage(title: string, tables: TableModel[], host: DownloadHost): void {
  const packed = packTables({ title, tables });
  if (packed.length > MAX_PACKED_LENGTH) {
    throw new Error(
      `These ${tables.length} tables are too many to pass to your web browser at once. Open the workbook in Excel ` +
        "on the web and export there, or run: satk report --input ... --out report.docx",
    );
  }
  const page = new URL(SAVE_PAGE, host.location?.href ?? "https://localhost:3000/taskpane.html");
  page.hash = packed;
  host.office!.openBrowserWindow!(page.href);
}

/**
 * Frees the object URL of an exported file once the pane no longer offers its link.
 *
 * Missing values: none taken.
 *
 * @param saved the result of `exportToWord`
 * @param host the page's globals (default `globalThis`)
 * @returns nothing
 * @throws nothing
 * @example
 * releaseWordFile(saved);
 */
export function releaseWordFile(
  saved: SavedWordFile,
  host: Pick<DownloadHost, "URL"> = globalThis as unknown as DownloadHost,
): void {
  if (saved.url) host.URL.revokeObjectURL(saved.url);
}

/**
 * The task pane's "Copy for Word" button: puts the selected table on the clipboard as HTML with a
 * plain-text fallback (see `copyTableForWord`).
 *
 * Missing values: no selected table (undefined) is refused with a plain message.
 *
 * @param table the table selected in the pane
 * @param host the page's globals (default `globalThis`)
 * @returns which clipboard method worked
 * @throws Error "Choose a table to copy." or the clipboard's refusal message
 * @example
 * await copyForWord(selectedTable); // => "clipboard-item"
 */
export async function copyForWord(table: TableModel | undefined, host?: ClipboardHost): Promise<CopyMethod> {
  if (!table) throw new Error("Choose a table to copy.");
  return copyTableForWord(table, host);
}
