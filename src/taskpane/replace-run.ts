import type { WorkbookPort } from "../excel";
import type { WrittenOutput } from "./wizard-logic";

/**
 * "Make the tables" pressed again: the last run's sheets are replaced, after asking, rather than a second
 * set added beside them as "Volume by type (2)". The question is asked in the pane, since an Office add-in
 * cannot show the browser's confirm() (Excel's webviews drop it).
 */

/**
 * The sheets of the last run that are still in the workbook (the analyst may have deleted some).
 *
 * @param workbook the workbook
 * @param written where the last run's tables went
 * @returns the sheet names, tables and chart sheets, in the order written
 * @example
 * await lastRunSheets(workbook, [{ table, sheet: "Volume by type", chartSheet: undefined }]); // => ["Volume by type"]
 */
export async function lastRunSheets(workbook: WorkbookPort, written: readonly WrittenOutput[]): Promise<string[]> {
  if (written.length === 0) return [];
  const present = new Set((await workbook.listSheets()).map((s) => s.toLowerCase()));
  return written
    .flatMap((w) => [w.sheet, ...(w.chartSheet ? [w.chartSheet] : [])])
    .filter((s) => present.has(s.toLowerCase()));
}

/**
 * Asks in the pane whether to replace the last run's sheets, and waits for the answer.
 *
 * @param container where the question goes (it is removed once answered)
 * @param sheets the last run's sheets
 * @returns true to replace them, false to keep them and add the new sheets beside them
 */
export function askToReplace(container: HTMLElement, sheets: readonly string[]): Promise<boolean> {
  const box = document.createElement("div");
  box.className = "question";
  box.id = "satk-replace";
  box.setAttribute("role", "group");
  box.setAttribute("aria-labelledby", "satk-replace-text");
  const text = document.createElement("p");
  text.id = "satk-replace-text";
  const list = sheets.map((s) => `"${s}"`).join(", ");
  text.textContent =
    `The last run's ${sheets.length === 1 ? "sheet is" : `${sheets.length} sheets are`} still in the workbook (${list}). ` +
    "Replace them with the new tables?";
  const yes = document.createElement("button");
  yes.type = "button";
  yes.className = "primary";
  yes.id = "satk-replace-yes";
  yes.textContent = "Replace them";
  const no = document.createElement("button");
  no.type = "button";
  no.className = "secondary";
  no.id = "satk-replace-no";
  no.textContent = "Keep them, add new sheets";
  box.append(text, yes, no);
  container.querySelector("#satk-replace")?.remove();
  container.append(box);
  yes.focus();
  return new Promise((resolve) => {
    const answer = (replace: boolean) => {
      box.remove();
      resolve(replace);
    };
    yes.addEventListener("click", () => answer(true));
    no.addEventListener("click", () => answer(false));
  });
}
