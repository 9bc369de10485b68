/* The task pane inside Excel: the wizard against the workbook through Office.js. */
import { OfficeWorkbook } from "../excel/office-workbook";
import { installStyles } from "./styles";
import { mountWizard } from "./wizard-view";
import "./extensions";

Office.onReady((info) => {
  installStyles(document);
  const root = document.getElementById("app");
  if (!root) return;
  if (info.host !== Office.HostType.Excel) {
    root.textContent = "Open this add-in in Excel. To try it without Excel, open playground.html.";
    return;
  }
  mountWizard(root, new OfficeWorkbook());
});
