import ExcelJS from "exceljs";
import { worksheetValues } from "./worksheet-values";

describe("worksheetValues", () => {
  it('gives cell values as Office.js range.values would: blanks as "", formulas as results, rich text as text', () => {
    const sheet = new ExcelJS.Workbook().addWorksheet("S");
    const date = new Date(Date.UTC(2017, 9, 1));
    sheet.addRow(["Month", "Type", "Count"]);
    sheet.addRow([date, { richText: [{ text: "Bur" }, { text: "glary" }] }, { formula: "1+1", result: 2 }]);
    sheet.addRow([null, { text: "link", hyperlink: "http://x" }, { error: "#N/A" }]);
    expect(worksheetValues(sheet)).toEqual([
      ["Month", "Type", "Count"],
      [date, "Burglary", 2],
      ["", "link", "#N/A"],
    ]);
  });
});
