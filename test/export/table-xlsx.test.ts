import ExcelJS from "exceljs";
import JSZip from "jszip";
import { tablesToXlsx } from "../../src/export/table-xlsx";
import { sampleTable } from "../cli/sample-table";

async function opened(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

describe("tablesToXlsx", () => {
  it("writes the title, filled bold header rows with merged spans, and the body as numbers with house-style formats", async () => {
    const sheet = (await opened(await tablesToXlsx([sampleTable()]))).getWorksheet(
      "Volume by type",
    ) as ExcelJS.Worksheet;
    expect(sheet.getCell("A1").value).toBe("Volume of crimes by type, Maidstone, RY ending Oct 2017");
    expect(sheet.getCell("C3").value).toBe("Rolling year");
    expect(sheet.getCell("D3").isMerged).toBe(true);
    expect(sheet.getCell("C3").font?.bold).toBe(true);
    expect((sheet.getCell("C3").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFD9E1F2");
    expect(sheet.getCell("E5").value).toBe(2645);
    expect(sheet.getCell("E5").numFmt).toBe("+#,##0;-#,##0;0");
    expect(sheet.getCell("F5").value).toBeCloseTo(0.286, 10);
    expect(sheet.getCell("F5").numFmt).toBe("+0.0%;-0.0%;0.0%");
  });

  it("marks sub-categories, bolds totals, shows N/A with its footnote, and puts notes and source under the table", async () => {
    const sheet = (await opened(await tablesToXlsx([sampleTable()]))).worksheets[0];
    expect(sheet.getCell("A6").value).toBe("- Robbery, personal");
    expect(sheet.getCell("A8").font?.bold).toBe(true);
    expect(sheet.getCell("F7").value).toBe("N/A*");
    expect(sheet.getCell("B7").numFmt).toBe("0.00");
    expect(sheet.getCell("A10").value).toBe("* No crimes in the year before, so no % change.");
    expect(sheet.getCell("A11").value).toBe("2 rows of the input were not used: no month (2; first rows 7, 9).");
    expect(sheet.getCell("A12").value).toBe("Source: police.uk street-level crime data.");
  });

  it("writes texts that start like formulas as text cells in the text format, never as formulas", async () => {
    const table = sampleTable();
    table.rows[0].cells[0] = { kind: "text", value: '=HYPERLINK("http://evil","x")' };
    const bytes = await tablesToXlsx([table]);
    const sheet = (await opened(bytes)).worksheets[0];
    expect(sheet.getCell("A5").value).toBe('=HYPERLINK("http://evil","x")');
    expect(sheet.getCell("A5").type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell("A5").numFmt).toBe("@");
    expect(sheet.getCell("A6").numFmt).toBe("@");
    const xml = await (await JSZip.loadAsync(bytes)).file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml).not.toContain("<f>");
  });

  it("gives each table its own sheet, with names Excel accepts and no two alike", async () => {
    const a = sampleTable();
    const b = { ...sampleTable(), sheetName: "Volume by type" };
    const c = { ...sampleTable(), sheetName: "Bad/name?" };
    const names = (await opened(await tablesToXlsx([a, b, c]))).worksheets.map((s) => s.name);
    expect(names).toEqual(["Volume by type", "Volume by type (2)", "Bad name"]);
  });
});

describe("tablesToXlsx cell colours", () => {
  it("fills a cell that carries a fill, such as MDC's orange for special cause concern", async () => {
    const { summaryTable } = await import("./summary-table");
    const sheet = (await opened(await tablesToXlsx([summaryTable()]))).getWorksheet("SPC summary") as ExcelJS.Worksheet;
    expect(sheet.getCell("C4").value).toBe("Special cause concern (high)");
    expect((sheet.getCell("C4").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFE46C0A");
    expect((sheet.getCell("B4").fill as ExcelJS.FillPattern | undefined)?.fgColor).toBeUndefined();
  });
});
