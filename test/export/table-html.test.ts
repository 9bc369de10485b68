import { tableToHtml, tableToText } from "../../src/export/table-html";
import { TABLE_2_6_BODY_TEXTS, volumeByType } from "./seed-tables";

interface HtmlCell {
  tag: string;
  text: string;
  style: Record<string, string>;
  colspan: number;
  rowspan: number;
}

const unescape = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/** A tiny tokenizer: tags and text, enough to read back a table's cells and paragraphs. */
function parse(html: string): { rows: HtmlCell[][]; paragraphs: string[]; tags: string[] } {
  const rows: HtmlCell[][] = [];
  const paragraphs: string[] = [];
  const tags: string[] = [];
  let cell: HtmlCell | undefined;
  let paragraph: string | undefined;
  for (const [, close, tag, attrs, text] of html.matchAll(/<(\/?)(\w+)([^>]*)>|([^<]+)/g)) {
    if (text !== undefined) {
      if (cell) cell.text += unescape(text);
      else if (paragraph !== undefined) paragraph += unescape(text);
      continue;
    }
    tags.push(close + tag);
    const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(attrs)?.[1];
    if (!close && tag === "tr") rows.push([]);
    if (!close && (tag === "td" || tag === "th")) {
      const style = Object.fromEntries(
        (attr("style") ?? "")
          .split(";")
          .filter(Boolean)
          .map((p) => p.split(":") as [string, string]),
      );
      cell = { tag, text: "", style, colspan: Number(attr("colspan") ?? 1), rowspan: Number(attr("rowspan") ?? 1) };
      rows[rows.length - 1].push(cell);
    }
    if (close && (tag === "td" || tag === "th")) cell = undefined;
    if (tag === "p") {
      if (close) paragraphs.push(paragraph ?? "");
      paragraph = close ? undefined : "";
    }
  }
  return { rows, paragraphs, tags };
}

describe("tableToHtml", () => {
  const { rows, paragraphs, tags } = parse(tableToHtml(volumeByType()));

  it("shows table 2.6 cell by cell as the seed prints it", () => {
    expect(rows.map((row) => row.map((c) => c.text))).toEqual([
      ["", "Month", "Rolling year", "Number change", "% change"],
      ["", "October 2017", "RY ending Oct 2017", "RY ending Oct 2016"],
      ...TABLE_2_6_BODY_TEXTS,
    ]);
  });

  it("shades the header cells, puts them in <thead> and merges them as the model spans them", () => {
    expect(tags.indexOf("thead")).toBeLessThan(tags.indexOf("tbody"));
    for (const cell of rows.slice(0, 2).flat()) {
      expect(cell.tag).toBe("th");
      expect(cell.style.background).toBe("#D9E1F2");
      expect(cell.style["font-weight"]).toBe("bold");
    }
    expect(rows[0].map((c) => [c.colspan, c.rowspan])).toEqual([
      [1, 1],
      [1, 1],
      [2, 1],
      [1, 2],
      [1, 2],
    ]);
  });

  it("right-aligns the numbers, left-aligns the labels and makes only the subtotal and total bold", () => {
    for (const row of rows.slice(2)) {
      expect(row.map((c) => c.style["text-align"])).toEqual(["left", "right", "right", "right", "right", "right"]);
    }
    expect(rows.slice(2).map((row) => row[0].style["font-weight"])).toEqual([
      "bold",
      "normal",
      "normal",
      "normal",
      "normal",
      "normal",
      "normal",
      "bold",
    ]);
  });

  it("puts the title above and the notes and source below", () => {
    expect(paragraphs[0]).toBe("Volume of crimes by type, Maidstone, RY ending Oct 2017");
    expect(paragraphs[1]).toMatch(/^\*Please note/);
    expect(paragraphs[2]).toBe("Source: Kent Police recorded crime, November 2015 - October 2017");
  });

  it("escapes every text from the model", () => {
    const table = volumeByType();
    table.title = "<img src=x onerror=alert(1)>";
    table.rows[0].cells[0] = { kind: "text", value: "<script>alert('x')</script>" };
    table.headerRows[0][1] = { text: 'Month "&" <b>' };
    const html = tableToHtml(table);
    expect(html).not.toMatch(/<(script|img|b)[\s>]/);
    const parsed = parse(html);
    expect(parsed.paragraphs[0]).toBe("<img src=x onerror=alert(1)>");
    expect(parsed.rows[2][0].text).toBe("<script>alert('x')</script>");
    expect(parsed.rows[0][1].text).toBe('Month "&" <b>');
  });
});

describe("tableToText (re-exported)", () => {
  it("is the tab-separated twin of the HTML", () => {
    expect(tableToText(volumeByType()).split("\n")[3]).toBe("Victim based crime\t1214\t11890\t9245\t+2645\t+28.6%");
  });
});

describe("tableToHtml cell colours", () => {
  it("gives a cell that carries a fill its background colour", async () => {
    const { summaryTable } = await import("./summary-table");
    const html = tableToHtml(summaryTable());
    expect(html).toMatch(/<td style="[^"]*;background:#E46C0A">Special cause concern \(high\)<\/td>/);
    expect(html).toMatch(/<td style="[^"]*;background:#A6A6A6">Common cause<\/td>/);
  });
});
