import JSZip from "jszip";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** What a hand-written workbook holds: its first sheet's <sheetData> and what goes around it. */
export interface HandWorkbook {
  sheetData: string;
  /** <si> elements, or none for a workbook without shared strings. */
  strings?: string[];
  /** <numFmts> and <cellXfs> contents, or none for a workbook without styles. */
  numFmts?: string;
  cellXfs?: string;
  date1904?: boolean;
  /** Before <sheetData> (a <dimension>, say). */
  head?: string;
  /** The zip's entries in this order (the parts' names); the rest after them. */
  order?: string[];
  /** Write the sheet's part uncompressed (stored). */
  store?: boolean;
}

/**
 * The bytes of an .xlsx written by hand, part by part, so a test controls every byte of XML the reader
 * meets (inline strings, prefixes, missing r attributes, the 1904 system, the order of the zip's entries).
 */
export async function handWorkbook(book: HandWorkbook): Promise<Uint8Array> {
  const parts: Record<string, string> = {
    "[Content_Types].xml":
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    "_rels/.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">${book.date1904 ? '<workbookPr date1904="1"/>' : ""}<sheets><sheet name="Data" sheetId="1" r:id="rId1"/><sheet name="Other" sheetId="2" r:id="rId2"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId4" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    // The first sheet (rId1) is sheet2.xml: a reader taking the first worksheet part in the zip reads "Other".
    "xl/worksheets/sheet2.xml": `<?xml version="1.0"?><worksheet xmlns="${MAIN}">${book.head ?? ""}<sheetData>${book.sheetData}</sheetData></worksheet>`,
    "xl/worksheets/sheet1.xml": `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>not read</t></is></c></row></sheetData></worksheet>`,
  };
  if (book.strings)
    parts["xl/sharedStrings.xml"] = `<?xml version="1.0"?><sst xmlns="${MAIN}">${book.strings.join("")}</sst>`;
  if (book.numFmts !== undefined || book.cellXfs !== undefined)
    parts["xl/styles.xml"] =
      `<?xml version="1.0"?><styleSheet xmlns="${MAIN}"><numFmts>${book.numFmts ?? ""}</numFmts>` +
      `<cellStyleXfs><xf numFmtId="14"/></cellStyleXfs><cellXfs>${book.cellXfs ?? ""}</cellXfs></styleSheet>`;
  const zip = new JSZip();
  const names = [...(book.order ?? []), ...Object.keys(parts).filter((name) => !book.order?.includes(name))];
  for (const name of names)
    if (name in parts)
      zip.file(name, parts[name], {
        compression: book.store && name === "xl/worksheets/sheet2.xml" ? "STORE" : "DEFLATE",
      });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
