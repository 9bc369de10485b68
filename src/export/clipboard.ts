import type { TableModel } from "../core/tables";
import { tableToHtml, tableToText } from "./table-html";

/** What the copy needs from the page; `globalThis` in the task pane, fakes in tests. */
export interface ClipboardHost {
  navigator?: { clipboard?: { write?: (items: ClipboardItem[]) => Promise<void> } };
  ClipboardItem?: typeof ClipboardItem;
  document?: Document;
}

/** How the table reached the clipboard. */
export type CopyMethod = "clipboard-item" | "exec-command";

/**
 * "Copy for Word": puts one table on the clipboard as HTML (`tableToHtml`, so a paste into Word keeps
 * the shading, alignment and bold totals) together with tab-separated plain text (`tableToText`) for
 * places that take no HTML. It uses the asynchronous Clipboard API with a ClipboardItem of text/html and
 * text/plain. Excel desktop's webviews may lack ClipboardItem or refuse the write (no permission), so it
 * then falls back to the older way: a hidden contenteditable element holding the plain text is selected
 * and `document.execCommand("copy")` is run, while a one-off "copy" listener replaces the clipboard's
 * contents with the HTML and the text (the selected text is what is copied if the listener cannot). The
 * HTML is never put into the page, so nothing in a table can run as script.
 *
 * Missing values: none; a table with no rows copies its title and headers.
 *
 * @param table the table to copy
 * @param host the page's globals (default `globalThis`)
 * @returns which method worked
 * @throws Error "The clipboard could not be written..." when both ways fail; the task pane shows it
 * @example
 * await copyTableForWord(selectedTable); // => "clipboard-item"
 */
export async function copyTableForWord(
  table: TableModel,
  host: ClipboardHost = globalThis as ClipboardHost,
): Promise<CopyMethod> {
  const html = tableToHtml(table);
  const text = tableToText(table);
  const write = host.navigator?.clipboard?.write;
  if (host.ClipboardItem && write) {
    try {
      const item = new host.ClipboardItem({
        "text/html": new Blob([html], { type: "text/html" }),
        "text/plain": new Blob([text], { type: "text/plain" }),
      });
      await write.call(host.navigator?.clipboard, [item]);
      return "clipboard-item";
    } catch {
      // Refused (no clipboard-write permission in the webview): try the older way below.
    }
  }
  if (host.document && copyWithExecCommand(host.document, html, text)) return "exec-command";
  throw new Error(
    "The clipboard could not be written. Click in the task pane and try again, or copy the table from the sheet.",
  );
}

/** The fallback for webviews without ClipboardItem: select hidden text and run the copy command. */
function copyWithExecCommand(doc: Document, html: string, text: string): boolean {
  const holder = doc.createElement("div");
  holder.contentEditable = "true";
  holder.setAttribute("aria-hidden", "true");
  holder.style.cssText = "position:fixed;left:-10000px;top:0;white-space:pre;opacity:0";
  holder.textContent = text;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData("text/html", html);
    event.clipboardData.setData("text/plain", text);
    event.preventDefault();
  };
  doc.body.appendChild(holder);
  doc.addEventListener("copy", onCopy);
  const selection = doc.getSelection();
  try {
    const range = doc.createRange();
    range.selectNodeContents(holder);
    selection?.removeAllRanges();
    selection?.addRange(range);
    return doc.execCommand("copy");
  } catch {
    return false;
  } finally {
    doc.removeEventListener("copy", onCopy);
    selection?.removeAllRanges();
    holder.remove();
  }
}
