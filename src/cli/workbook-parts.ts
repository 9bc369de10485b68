import { xmlAttributes } from "./xml-attributes";
import { entitiesDecoded, nameCode, scanXml, type XmlSink } from "./xml-scan";
import { entryBytes, type RandomAccess, type ZipEntry } from "./zip-entries";

/** Where a workbook's parts are, and how its dates count. */
export interface WorkbookParts {
  /** The first sheet's name, as its tab shows it. */
  sheetName: string;
  /** The parts' names in the zip (lower case), undefined for a part the workbook does not have. */
  sheet: string;
  sharedStrings?: string;
  styles?: string;
  /** True when dates count from 1904 (workbook.xml's <workbookPr date1904="1">, old Excel for Mac). */
  date1904: boolean;
}

const SHEET = nameCode("sheet");
const WORKBOOKPR = nameCode("workbookPr");
const RELATIONSHIP = nameCode("Relationship");

/** Each element of a small part with the code, as its attributes by name (with entities decoded). */
function elements(bytes: Uint8Array, wanted: number): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  const sink: XmlSink = {
    wantsText: false,
    open(code, b, from, to) {
      if (code !== wanted) return;
      const attributes: Record<string, string> = {};
      const text = (s: number, e: number): string => new TextDecoder().decode(b.subarray(s, e));
      xmlAttributes(b, from, to, (n, m, v, w) => (attributes[text(n, m)] = entitiesDecoded(text(v, w))));
      found.push(attributes);
    },
    close() {},
    text() {},
  };
  scanXml(bytes, 0, bytes.length, sink);
  return found;
}

/** A relationship's target as a part name: relative to the folder of the part that has it, or from the root. */
function partName(folder: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : folder + target).split("/");
  const path: string[] = [];
  for (const part of parts)
    if (part === "..") path.pop();
    else if (part !== "." && part !== "") path.push(part);
  return path.join("/").toLowerCase();
}

/**
 * Finds a workbook's first sheet (the first <sheet> of xl/workbook.xml, the tab Excel shows first,
 * through the workbook's relationships), its shared strings and styles, and its date system.
 *
 * @param file the .xlsx file's bytes
 * @param entries its zip entries
 * @returns where the parts are
 * @throws {Error} when the workbook or its first sheet cannot be found
 * @example
 * workbookParts(file, entries); // => { sheetName: "Data", sheet: "xl/worksheets/sheet1.xml", ..., date1904: false }
 */
export function workbookParts(file: RandomAccess, entries: Map<string, ZipEntry>): WorkbookParts {
  const part = (name: string): Uint8Array | undefined => {
    const entry = entries.get(name);
    return entry && entryBytes(file, entry);
  };
  const rootRels = part("_rels/.rels");
  const bookTarget = rootRels
    ? elements(rootRels, RELATIONSHIP).find((r) => /\/officeDocument$/.test(r.Type ?? ""))?.Target
    : undefined;
  const book = bookTarget ? partName("", bookTarget) : "xl/workbook.xml";
  const bookBytes = part(book);
  if (!bookBytes) throw new Error(`it has no workbook part (${book})`);
  const folder = book.slice(0, book.lastIndexOf("/") + 1);
  const relsBytes = part(`${folder}_rels/${book.slice(folder.length)}.rels`);
  const rels = relsBytes ? elements(relsBytes, RELATIONSHIP) : [];
  const target = (type: string, fallback: string): string | undefined => {
    const found = rels.find((r) => (r.Type ?? "").endsWith(`/${type}`));
    const name = found?.Target ? partName(folder, found.Target) : fallback;
    return entries.has(name) ? name : undefined;
  };
  const first = elements(bookBytes, SHEET)[0];
  if (!first) throw new Error("its workbook lists no sheets");
  const id = Object.entries(first).find(([key]) => /(^|:)id$/.test(key) && key !== "sheetId")?.[1];
  const relation = rels.find((r) => r.Id === id);
  if (relation && !/\/worksheet$/.test(relation.Type ?? ""))
    throw new Error(`its first sheet, "${first.name}", is not a worksheet (a chart or macro sheet)`);
  const sheet = relation?.Target ? partName(folder, relation.Target) : "xl/worksheets/sheet1.xml";
  if (!entries.has(sheet)) throw new Error(`its first sheet's part (${sheet}) is missing`);
  const properties = elements(bookBytes, WORKBOOKPR)[0] ?? {};
  return {
    sheetName: first.name ?? "",
    sheet,
    sharedStrings: target("sharedStrings", `${folder}sharedstrings.xml`),
    styles: target("styles", `${folder}styles.xml`),
    date1904: properties.date1904 === "1" || properties.date1904 === "true",
  };
}
