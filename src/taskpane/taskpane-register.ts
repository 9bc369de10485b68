import { registerExportActions } from "./export-actions";
import { copyForWord, exportToWord, releaseWordFile } from "./taskpane-actions";

/** How long the saved file's object URL is kept, so a slow save dialog can still read it. */
const KEEP_URL_MS = 60_000;

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
      setTimeout(() => releaseWordFile(saved), KEEP_URL_MS);
      return `Saved ${saved.fileName}. If no file appeared (Excel for Mac blocks downloads from add-ins), ` +
        "open the workbook in Excel on the web, or run: satk report --input ... --out report.docx";
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
