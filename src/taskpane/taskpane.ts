/* The task pane inside Excel: the wizard against the workbook through Office.js. */
import { OfficeWorkbook } from "../excel";
import { installStyles } from "./styles";
import { mountWizard } from "./wizard-view";
import "./extensions";

/**
 * Tells the wizard the name of each sheet the analyst activates (ExcelApi 1.7's worksheet
 * onActivated), so the Output step chooses the table on show. Where the event is missing (older
 * Excel), nothing is preselected beyond the first table, which is what the wizard shows first.
 */
function watchActiveSheet(listener: (sheet: string) => void): void {
  Excel.run(async (context) => {
    context.workbook.worksheets.onActivated.add(
      (event) =>
        Excel.run(async (ctx) => {
          const sheet = ctx.workbook.worksheets.getItem(event.worksheetId).load("name");
          await ctx.sync();
          listener(sheet.name);
        }).catch(() => undefined), // the sheet went before its name was read: nothing to choose
    );
    await context.sync();
  }).catch(() => undefined);
}

Office.onReady((info) => {
  installStyles(document);
  const root = document.getElementById("app");
  if (!root) return;
  if (info.host !== Office.HostType.Excel) {
    const note = document.createElement("p");
    note.textContent = "Open this add-in in Excel. To try it without Excel, open playground.html.";
    root.querySelector("p")?.remove();
    root.append(note);
    return;
  }
  mountWizard(root, new OfficeWorkbook(), { watchActiveSheet });
});
