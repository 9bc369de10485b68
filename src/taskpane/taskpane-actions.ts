import type { TableModel } from "../core/tables/table-model";
import { browserSvgToPng } from "../export/browser-svg-to-png";
import { copyTableForWord, type ClipboardHost, type CopyMethod } from "../export/clipboard";
import { buildDocx } from "../export/docx";
import type { SvgToPng } from "../export/svg-to-png";

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export interface ExportToWordOptions {
  /** Document title (default "Strategic Assessment tables"); also the file name when `fileName` is not given. */
  title?: string;
  author?: string;
  /** The file name offered, ending .docx. */
  fileName?: string;
  /** The chart renderer (default `browserSvgToPng()`, reading the add-in's assets/). */
  svgToPng?: SvgToPng;
}

/** What the page must offer for a download; `globalThis` in the task pane, fakes in tests. */
export interface DownloadHost {
  document: Document;
  URL: { createObjectURL(blob: Blob): string; revokeObjectURL(url: string): void };
  navigator?: { msSaveOrOpenBlob?: (blob: Blob, name: string) => boolean };
}

/** The saved file: the task pane shows `url` as a "Save the Word file" link in case the download was blocked. */
export interface SavedWordFile {
  fileName: string;
  /** An object URL of the .docx; give it to `releaseWordFile` when the pane no longer shows the link. */
  url: string;
  size: number;
}

/**
 * The task pane's "Export to Word" button: builds the .docx of the given tables (in order, with their SPC
 * charts) and saves it through the browser's download: a Blob, an object URL and a clicked
 * `<a download>` link. Excel on the web and Excel for Windows (WebView2) then save the file (Windows asks
 * where). Older Windows webviews (EdgeHTML/IE) have no `download` attribute, so their `msSaveOrOpenBlob`
 * is used. Excel for Mac's webview blocks downloads of object URLs: for that case the result's `url` is
 * meant to be shown as a link the analyst can click, with the advice to use Excel on the web or the
 * command line (`satk report --input ... --out report.docx`) if nothing is saved.
 *
 * Missing values: an empty `tables` list is refused (there is nothing to export).
 *
 * @param tables the chosen tables, in assessment order
 * @param options title, author, file name and chart renderer
 * @param host the page's globals (default `globalThis`)
 * @returns the file name, object URL and size in bytes
 * @throws Error "Choose at least one table to export." for an empty list; errors from `buildDocx`
 * @example
 * const saved = await exportToWord(chosenTables, { title: "Maidstone Strategic Assessment 2018-19" });
 */
export async function exportToWord(tables: TableModel[], options: ExportToWordOptions = {}, host: DownloadHost = globalThis as unknown as DownloadHost): Promise<SavedWordFile> {
  if (tables.length === 0) throw new Error("Choose at least one table to export.");
  const title = options.title ?? "Strategic Assessment tables";
  const fileName = options.fileName ?? `${safeFileName(title)}.docx`;
  const bytes = await buildDocx(tables, { title, author: options.author, svgToPng: options.svgToPng ?? browserSvgToPng() });
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: DOCX_TYPE });
  const url = host.URL.createObjectURL(blob);
  if (host.navigator?.msSaveOrOpenBlob) {
    host.navigator.msSaveOrOpenBlob(blob, fileName);
  } else {
    const link = host.document.createElement("a");
    link.href = url;
    link.download = fileName;
    link.style.display = "none";
    host.document.body.appendChild(link);
    link.click();
    link.remove();
  }
  return { fileName, url, size: bytes.length };
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
export function releaseWordFile(saved: SavedWordFile, host: Pick<DownloadHost, "URL"> = globalThis as unknown as DownloadHost): void {
  host.URL.revokeObjectURL(saved.url);
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

/** A file name Windows and Mac accept: no \ / : * ? " < > |, at most 100 characters. */
function safeFileName(title: string): string {
  const printable = [...title].map((ch) => (ch.charCodeAt(0) < 32 ? " " : ch)).join("");
  const name = printable.replace(/[\\/:*?"<>|]+/g, " ").replace(/\s+/g, " ").trim().slice(0, 100);
  return name === "" ? "Strategic Assessment tables" : name;
}
