import { leftOutTables } from "../core/tables";
import { registerExportActions } from "./export-actions";
import { copyForWord, exportToWord, releaseWordFile, type SavedWordFile } from "./taskpane-actions";

/** How long the saved file's object URL is kept, so a slow save dialog can still read it. */
const KEEP_URL_MS = 60_000;

/**
 * What the pane says after Export to Word, true to what happened: a webview cannot tell whether a
 * download was saved, so it says the download started and what to do if no file appears.
 */
export function exportMessage(saved: SavedWordFile): string {
  if (saved.route === "browser-window") {
    return (
      `Opened your web browser to make ${saved.fileName}: it saves it there (to Downloads, or asks where). ` +
      "Excel for Mac cannot save files from an add-in itself."
    );
  }
  const size = saved.size === undefined ? "" : ` (${Math.max(1, Math.round(saved.size / 1024))} KB)`;
  return (
    `Started the download of ${saved.fileName}${size}: Excel or the browser saves it to Downloads, or asks where. If no file appears, ` +
    "open the workbook in Excel on the web, or run: satk report --input ... --out report.docx"
  );
}

/**
 * Adds the task pane's "Export to Word" and "Copy for Word" buttons to the wizard's Output step,
 * through the task pane's extension point (`registerExportActions`); loaded from
 * src/taskpane/extensions.ts. "Export to Word" saves every table made; "Copy for Word" copies the one
 * the analyst chose in the Output step.
 */
registerExportActions(
  {
    id: "export-word",
    label: "Export to Word",
    run: async (tables) => {
      const saved = await exportToWord(tables);
      if (saved.url) setTimeout(() => releaseWordFile(saved), KEEP_URL_MS);
      // Said once here, as the report says it where the tables would have been (issue 22 item 6).
      const left = leftOutTables(tables)
        .map((l) => ` Left out of the report: ${l.title}. ${l.reason}`)
        .join("");
      return exportMessage(saved) + left;
    },
  },
  {
    id: "copy-word",
    label: "Copy for Word",
    run: async (_tables, chosen) => {
      await copyForWord(chosen);
      return `Copied "${chosen?.title}": paste it into Word with Ctrl+V (Cmd+V on a Mac).`;
    },
  },
);
