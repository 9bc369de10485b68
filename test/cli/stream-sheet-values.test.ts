import ExcelJS from "exceljs";
import JSZip from "jszip";
import { streamSheetValues } from "../../src/cli/stream-sheet-values";
import { worksheetValues } from "../../src/cli/worksheet-values";
import { InputError } from "../../src/core/errors";

/** A workbook's bytes, its first sheet filled by `fill`, its XML then changed by `edit`. */
async function workbook(
  fill: (sheet: ExcelJS.Worksheet) => void,
  edit: (xml: string) => string = (x) => x,
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  fill(book.addWorksheet("Data"));
  book.addWorksheet("Other").addRow(["not read"]);
  const zip = await JSZip.loadAsync(await book.xlsx.writeBuffer());
  const path = "xl/worksheets/sheet1.xml";
  zip.file(path, edit(await (zip.file(path) as JSZip.JSZipObject).async("string")));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("streamSheetValues", () => {
  it("gives the first sheet's values as worksheetValues does: dates, rich text, formula results, links, errors, blanks", async () => {
    const date = new Date(Date.UTC(2017, 9, 1));
    const fill = (sheet: ExcelJS.Worksheet): void => {
      sheet.addRow(["Month", "Type", "Count"]);
      sheet.addRow([date, { richText: [{ text: "Bur" }, { text: "glary" }] }, { formula: "1+1", result: 2 }]);
      sheet.addRow([null, { text: "link", hyperlink: "http://x" }, { error: "#N/A" }]);
      sheet.getRow(2).getCell(1).numFmt = "mmm-yy";
    };
    const sheet = new ExcelJS.Workbook().addWorksheet("S");
    fill(sheet);
    expect(await streamSheetValues(await workbook(fill), "a.xlsx")).toEqual(worksheetValues(sheet));
  });

  it("refuses a sheet that declares a vast extent before reading any of its cells (issue 23.3)", async () => {
    // The cells after the <dimension> are not XML at all: reading them would fail with another message.
    const bytes = await workbook(
      (s) => s.addRow(["Month", "Count"]),
      (xml) =>
        xml
          .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')
          .replace("<sheetData>", "<sheetData><<<not cells"),
    );
    await expect(streamSheetValues(bytes, "vast.xlsx")).rejects.toThrow(
      new InputError(
        "vast.xlsx: its first sheet spans A1:XFD1048576 (17,179,869,184 cells), more than the 33,554,432 satk can hold. " +
          "Delete the rows and columns beyond the table (a stray cell far down or far right makes the sheet that large), or save the table as CSV, and try again.",
      ),
    );
  });

  it("refuses a sheet whose cells reach XFD1 and A1048576, though it declares no extent, before making its rows (issue 23.3)", async () => {
    const bytes = await workbook(
      (s) => {
        s.getCell("A1").value = "Month";
        s.getCell("XFD1").value = 1;
        s.getCell("A1048576").value = 2;
      },
      (xml) => xml.replace(/<dimension ref="[^"]*"\/>/, ""),
    );
    const before = process.memoryUsage().heapUsed;
    await expect(streamSheetValues(bytes, "far.xlsx")).rejects.toThrow(
      /^far\.xlsx: its first sheet spans A1:XFD1048576 \(17,179,869,184 cells\)/,
    );
    // A dense matrix of that sheet would be 128 GB; even its million empty rows would be tens of megabytes.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(64 << 20);
  });

  it("reads a sheet with one far cell within the limit, padding rows, and takes no extent from rows holding only formatting", async () => {
    const bytes = await workbook((s) => {
      s.addRow(["Month", "Count"]);
      s.getCell("D3").value = 7;
      s.getRow(900).height = 30;
    });
    expect(await streamSheetValues(bytes, "ok.xlsx")).toEqual([
      ["Month", "Count", "", ""],
      ["", "", "", ""],
      ["", "", "", 7],
    ]);
  });

  it("names the file when it is not a workbook", async () => {
    await expect(streamSheetValues(new TextEncoder().encode("not a zip"), "e.xlsx")).rejects.toThrow(
      /^e\.xlsx is not a readable \.xlsx workbook/,
    );
  });
});
