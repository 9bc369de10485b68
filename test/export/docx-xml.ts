/**
 * A small reader of word/document.xml for the export tests, written with plain regular expressions so
 * the checks do not go through the docx library that wrote the file.
 */
export interface DocxCell {
  text: string;
  bold: boolean;
  align: string | undefined;
  gridSpan: number;
  vMerge: string | undefined;
  fill: string | undefined;
}

export interface DocxTable {
  /** Per row: true when the row repeats as a header row (w:tblHeader). */
  headerRows: boolean[];
  rows: DocxCell[][];
  gridColumns: number[];
}

const unescape = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/** All the w:t text in a piece of XML, joined. */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1])).join("");
}

export function tablesOf(xml: string): DocxTable[] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map(([, table]) => {
    const rows = [...table.matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((m) => m[1]);
    return {
      headerRows: rows.map((row) => /<w:tblHeader\/>/.test(row)),
      rows: rows.map((row) =>
        [...row.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([, cell]) => ({
          text: textOf(cell),
          bold: /<w:b\/>/.test(cell),
          align: /<w:jc w:val="(\w+)"/.exec(cell)?.[1],
          gridSpan: Number(/<w:gridSpan w:val="(\d+)"/.exec(cell)?.[1] ?? 1),
          vMerge: /<w:vMerge w:val="(\w+)"/.exec(cell)?.[1],
          fill: /w:fill="(\w+)"/.exec(cell)?.[1],
        })),
      ),
      gridColumns: [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1])),
    };
  });
}

/** The texts of the paragraphs outside tables, in order. */
export function paragraphsOf(xml: string): string[] {
  const body = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, "");
  return [...body.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map((m) => textOf(m[1])).filter((t) => t !== "");
}

/** The orientation of the section each caption (or other paragraph text) is in. */
export function orientationOf(xml: string, text: string): string | undefined {
  let start = 0;
  for (const match of xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)) {
    const section = xml.slice(start, match.index);
    if (paragraphsOf(section).some((p) => p.startsWith(text))) return /w:orient="(\w+)"/.exec(match[0])?.[1];
    start = (match.index ?? 0) + match[0].length;
  }
  return undefined;
}
