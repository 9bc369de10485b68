import { readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import JSZip from "jszip";
import { streamSheetValues } from "../../src/cli/stream-sheet-values";
import { worksheetValues } from "./worksheet-values";
import { InputError } from "../../src/core/errors";
import { parseCsv } from "../../src/core/csv/parse-csv";
import { handWorkbook } from "./xlsx-parts";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

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

/** The workbook with every shared string cell of its first sheet made an inline string (<is>) holding the same <si>. */
async function inlined(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (path: string): Promise<string> => (await zip.file(path)?.async("string")) ?? "";
  const items = [...(await text("xl/sharedStrings.xml")).matchAll(/<si>(.*?)<\/si>/gs)].map((m) => m[1]);
  const sheet = (await text("xl/worksheets/sheet1.xml")).replace(
    /<c r="(\w+)"((?: s="\d+")?) t="s"><v>(\d+)<\/v><\/c>/g,
    (_, ref: string, style: string, index: string) =>
      `<c r="${ref}"${style} t="inlineStr"><is>${items[Number(index)]}</is></c>`,
  );
  if (/t="s"/.test(sheet)) throw new Error("a shared string cell was left");
  zip.file("xl/worksheets/sheet1.xml", sheet);
  zip.remove("xl/sharedStrings.xml");
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("streamSheetValues on workbooks from LibreOffice and written by hand", () => {
  const fixtures = join(__dirname, "../fixtures/xlsx");

  it("reads LibreOffice's .xlsx of a police.uk file as the CSV it was made from (numbers as numbers)", async () => {
    const csv = parseCsv(readFileSync(join(fixtures, "kent-street-2018-10-first20.csv")), "k.csv");
    const truth = csv.map((row) => row.map((cell) => (/^-?\d+\.\d+$/.test(String(cell)) ? Number(cell) : cell)));
    const rows = await streamSheetValues(readFileSync(join(fixtures, "kent-street-2018-10-first20.xlsx")), "k.xlsx");
    expect(rows).toHaveLength(21);
    expect(rows).toEqual(truth);
    expect(rows[2].slice(0, 6)).toEqual([
      "c656b990527ef323f85f5b0ed10832599bf4fc2c5e453f7f3c95b6014e3ea7c0",
      "2018-10",
      "Kent Police",
      "Kent Police",
      0.967072,
      51.256014,
    ]);
  });

  it("reads LibreOffice's dates (its yyyy-mm-dd style), blanks, decimals, entities and UTF-8 text", async () => {
    const rows = await streamSheetValues(join(fixtures, "dates-numbers-text.xlsx"), "d.xlsx");
    expect(rows).toEqual([
      ["Date", "Count", "Rate", "Area", "Note"],
      [new Date(Date.UTC(2017, 9, 1)), 40, 1.5, "Ynys Môn", "Fish & chips <hot>"],
      [new Date(Date.UTC(2017, 10, 1)), "", 2.25, 'Tom "Big" Hall', "£100"],
      [new Date(Date.UTC(2018, 1, 28)), 7, -0.125, "St. Michael's", ""],
    ]);
  });

  it("takes the first sheet the workbook lists, not the first sheet part in the zip, and its strings wherever they are in the zip", async () => {
    const bytes = await handWorkbook({
      sheetData: '<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>0</v></c></row>',
      strings: ["<si><t>Count</t></si>", "<si><t>Month</t></si>"],
      order: ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/sharedStrings.xml"],
    });
    expect(await streamSheetValues(bytes, "o.xlsx")).toEqual([["Month", "Count"]]);
  });

  it("reads shared, inline, rich and formula text, entities (numeric ones too), booleans and errors", async () => {
    const bytes = await handWorkbook({
      strings: [
        "<si><t>Fish &amp; chips</t></si>",
        '<si><r><rPr><b/></rPr><t xml:space="preserve">Bur</t></r><r><t>glary</t></r><rPh sb="0" eb="1"><t>x</t></rPh></si>',
        "<si><t>&#163;5 &#x2014; &lt;ok&gt; &quot;q&quot; &apos;a&apos;</t></si>",
      ],
      sheetData:
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
        '<row r="2"><c r="A2" t="inlineStr"><is><t>Ynys M&#244;n</t></is></c>' +
        '<c r="B2" t="inlineStr"><is><r><t>Anti-social </t></r><r><rPr><i/></rPr><t>behaviour</t></r></is></c>' +
        '<c r="C2" t="str"><f>A2&amp;""</f><v>a &amp; b</v></c></row>' +
        '<row r="3"><c r="A3" t="b"><v>1</v></c><c r="B3" t="b"><v>0</v></c><c r="C3" t="e"><v>#N/A</v></c>' +
        '<c r="D3"><f>1+1</f><v>2</v></c><c r="E3" t="inlineStr"><is><t><![CDATA[a<b]]></t></is></c></row>',
    });
    expect(await streamSheetValues(bytes, "t.xlsx")).toEqual([
      ["Fish & chips", "Burglary", "£5 — <ok> \"q\" 'a'", "", ""],
      ["Ynys Môn", "Anti-social behaviour", "a & b", "", ""],
      [true, false, "#N/A", 2, "a<b"],
    ]);
  });

  it("reads dates in the 1900 and the 1904 system, by built-in and custom date formats, and leaves other numbers alone", async () => {
    // 43009 is 1 October 2017 in the 1900 system; 41547 is the same day in the 1904 system (1,462 days fewer).
    const styles = {
      numFmts: '<numFmt numFmtId="164" formatCode="mmm\\-yy"/><numFmt numFmtId="165" formatCode="0.0&quot;d&quot;"/>',
      cellXfs: '<xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="22"/>',
    };
    const row = (serial: number): string =>
      `<row r="1"><c r="A1" s="1"><v>${serial}</v></c><c r="B1" s="2"><v>${serial}</v></c>` +
      `<c r="C1" s="3"><v>${serial}</v></c><c r="D1" s="0"><v>${serial}</v></c><c r="E1" s="4"><v>${serial}.75</v></c></row>`;
    const october = new Date(Date.UTC(2017, 9, 1));
    const evening = new Date(Date.UTC(2017, 9, 1, 18));
    expect(await streamSheetValues(await handWorkbook({ ...styles, sheetData: row(43009) }), "a.xlsx")).toEqual([
      [october, october, 43009, 43009, evening],
    ]);
    const book1904 = await handWorkbook({ ...styles, sheetData: row(41547), date1904: true });
    expect(await streamSheetValues(book1904, "b.xlsx")).toEqual([[october, october, 41547, 41547, evening]]);
    const iso = await handWorkbook({ sheetData: '<row r="1"><c r="A1" t="d"><v>2017-10-01T00:00:00</v></c></row>' });
    expect(await streamSheetValues(iso, "c.xlsx")).toEqual([[october]]);
  });

  it("places sparse rows and cells, rows and cells with no r, prefixed tags and self-closing cells", async () => {
    const bytes = await handWorkbook({
      sheetData:
        '<row r="2"><c r="C2"><v>1</v></c><c><v>2</v></c><c r="F2"/><c r="G2" t="s"/></row>' +
        "<row><c><v>3</v></c></row>" +
        '<row r="5" spans="1:2"><c r="B5" t="inlineStr"><is><t>x</t></is></c></row>',
    });
    expect(await streamSheetValues(bytes, "s.xlsx")).toEqual([
      ["", "", "", ""],
      ["", "", 1, 2],
      [3, "", "", ""],
      ["", "", "", ""],
      ["", "x", "", ""],
    ]);
    const prefixed = await handWorkbook({ sheetData: "" });
    const zip = await JSZip.loadAsync(prefixed);
    zip.file(
      "xl/worksheets/sheet2.xml",
      `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
    );
    expect(await streamSheetValues(await zip.generateAsync({ type: "uint8array" }), "p.xlsx")).toEqual([[7]]);
  });

  it("gives no rows for an empty sheet, and none for a sheet of formatting only", async () => {
    expect(await streamSheetValues(await handWorkbook({ sheetData: "" }), "e.xlsx")).toEqual([]);
    const formatted = await handWorkbook({ sheetData: '<row r="3" ht="30"><c r="A3" s="0"/></row>' });
    expect(await streamSheetValues(formatted, "f.xlsx")).toEqual([]);
  });

  it("reads a sheet stored without compression as one deflated", async () => {
    const sheetData = '<row r="1"><c r="A1"><v>1.5</v></c><c r="B1" t="inlineStr"><is><t>z</t></is></c></row>';
    expect(await streamSheetValues(await handWorkbook({ sheetData, store: true }), "st.xlsx")).toEqual([[1.5, "z"]]);
  });

  it("refuses, naming the file and the cell, what it cannot read right: a damaged part, a number that is not one, a missing string", async () => {
    const good = await handWorkbook({
      sheetData: '<row r="1"><c r="A1" t="inlineStr"><is><t>Kent Police</t></is></c></row>',
      store: true,
    });
    const damaged = good.slice();
    const at = Buffer.from(damaged).indexOf("Kent Police");
    damaged[at] ^= 0x01; // "Jent Police": the CRC-32 no longer matches
    await expect(streamSheetValues(damaged, "crc.xlsx")).rejects.toThrow(
      /^crc\.xlsx is not a readable \.xlsx workbook \(xl\/worksheets\/sheet2\.xml is damaged: its bytes do not match their CRC-32 check\)\. Open it in Excel and save it again/,
    );
    const cut = good.slice(0, good.length - 30);
    await expect(streamSheetValues(cut, "cut.xlsx")).rejects.toThrow(/^cut\.xlsx is not a readable \.xlsx workbook/);
    const hex = await handWorkbook({ sheetData: '<row r="1"><c r="A1"><v>0x10</v></c></row>' });
    await expect(streamSheetValues(hex, "h.xlsx")).rejects.toThrow('cell A1 holds "0x10" as a number');
    const missing = await handWorkbook({ sheetData: '<row r="4"><c r="B4" t="s"><v>3</v></c></row>', strings: [] });
    await expect(streamSheetValues(missing, "m.xlsx")).rejects.toThrow("cell B4 refers to shared string 3");
    const disordered = await handWorkbook({ sheetData: '<row r="3"/><row r="2"><c><v>1</v></c></row>' });
    await expect(streamSheetValues(disordered, "r.xlsx")).rejects.toThrow("row 2 comes after row 3");
  });

  it("gives back a random table written by ExcelJS cell for cell, with shared or inline strings (property)", async () => {
    const text = fc
      .string({ maxLength: 12, unit: "grapheme" })
      // ExcelJS writes no control characters XML 1.0 forbids; "_x0041_" it writes as it is and Excel would read as "A".
      // eslint-disable-next-line no-control-regex -- the characters are what is filtered out
      .filter((s) => s.trim() !== "" && !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\r]|_x[0-9a-fA-F]{4}_/.test(s));
    const date = fc
      .integer({ min: Date.UTC(1900, 2, 1) / 1000, max: Date.UTC(9999, 0, 1) / 1000 })
      .map((s) => new Date(s * 1000));
    const number = fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0));
    const cell = fc.oneof(fc.constant(null), text, number, fc.integer(), fc.boolean(), date);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }),
        fc.boolean(),
        async (table, shared) => {
          const book = new ExcelJS.Workbook();
          const sheet = book.addWorksheet("T");
          table.forEach((row, r) => row.forEach((value, c) => (sheet.getCell(r + 1, c + 1).value = value)));
          const written = new Uint8Array(await book.xlsx.writeBuffer());
          const bytes = shared ? written : await inlined(written);
          const width = Math.max(
            0,
            ...table.map((row) => row.reduce<number>((w, v, c) => (v === null ? w : c + 1), 0)),
          );
          const height = table.reduce((h, row, r) => (row.some((v) => v !== null) ? r + 1 : h), 0);
          const truth = table.slice(0, height).map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ""));
          expect(await streamSheetValues(bytes, "p.xlsx")).toEqual(truth);
        },
      ),
      { numRuns: 80 },
    );
  });
});
