import JSZip from "jszip";
import { PNG } from "pngjs";
import { buildDocx } from "../../src/export/docx";
import { nodeSvgToPng } from "../../src/export/node-svg-to-png";
import { orientationOf, paragraphsOf, tablesOf } from "./docx-xml";
import { TABLE_2_6_BODY_TEXTS, spcTable, vatpOutcomes, volumeByType } from "./seed-tables";

let zip: JSZip;
let xml: string;

beforeAll(async () => {
  const bytes = await buildDocx([vatpOutcomes(), spcTable(), volumeByType()], {
    title: "Maidstone Strategic Assessment 2018-19",
    author: "Community Safety Unit",
    svgToPng: nodeSvgToPng(),
  });
  zip = await JSZip.loadAsync(bytes);
  xml = await zip.file("word/document.xml")!.async("string");
});

describe("buildDocx", () => {
  it("numbers the table captions in the given order with the table's title", () => {
    const captions = paragraphsOf(xml).filter((p) => /^Table \d+:/.test(p));
    expect(captions).toEqual([
      "Table 1: VATP outcomes, Kent and most similar forces, 2017 and 2016",
      "Table 2: Violent crime, Maidstone, monthly, with process limits",
      "Table 3: Volume of crimes by type, Maidstone, RY ending Oct 2017",
    ]);
  });

  it("writes the caption number as a Word SEQ field so Word's list of tables can number it", () => {
    expect(xml).toContain(
      '<w:fldSimple w:instr="SEQ Table \\* ARABIC"><w:r><w:t xml:space="preserve">3</w:t></w:r></w:fldSimple>',
    );
  });

  it("puts the title first and the author in the document properties", async () => {
    expect(paragraphsOf(xml)[0]).toBe("Maidstone Strategic Assessment 2018-19");
    const core = await zip.file("docProps/core.xml")!.async("string");
    expect(core).toContain("<dc:creator>Community Safety Unit</dc:creator>");
  });

  it("shows table 2.6 cell by cell as the seed prints it, with signs on changes, '- ' before sub-categories and Excel's thousands separators", () => {
    const table = tablesOf(xml)[2];
    // The house style in Word as in Excel (#,##0): "11890" is "11,890", "+2645" is "+2,645"; % changes keep none.
    const grouped = (text: string) =>
      /%$/.test(text)
        ? text
        : text.replace(/^([+-]?)(\d)(\d{3})$/, "$1$2,$3").replace(/^([+-]?)(\d{2})(\d{3})$/, "$1$2,$3");
    expect(table.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ["", "Month", "Rolling year", "Number change", "% change"],
      ["", "October 2017", "RY ending Oct 2017", "RY ending Oct 2016", "", ""],
      ...TABLE_2_6_BODY_TEXTS.map((row) => row.map((text, i) => (i === 0 ? text : grouped(text)))),
    ]);
    expect(table.rows[2][2].text).toBe("11,890");
  });

  it("shades the header rows, repeats them on every page and merges 'Rolling year' over two columns", () => {
    const table = tablesOf(xml)[2];
    expect(table.headerRows).toEqual([true, true, false, false, false, false, false, false, false, false]);
    const header = table.rows.slice(0, 2).flat();
    expect(header.every((cell) => cell.fill === "D9E1F2")).toBe(true);
    expect(header.filter((cell) => cell.text !== "").every((cell) => cell.bold)).toBe(true);
    expect(table.rows[0][2]).toMatchObject({ text: "Rolling year", gridSpan: 2 });
    // "Number change" and "% change" reach down over the blank cells under them.
    expect(table.rows[0].slice(3).map((c) => c.vMerge)).toEqual(["restart", "restart"]);
    expect(table.rows[1].slice(4).map((c) => c.vMerge)).toEqual(["continue", "continue"]);
  });

  it("right-aligns the numbers and left-aligns the labels", () => {
    const body = tablesOf(xml)[2].rows.slice(2);
    for (const row of body) {
      expect(row[0].align).toBe("left");
      expect(row.slice(1).map((c) => c.align)).toEqual(["right", "right", "right", "right", "right"]);
    }
  });

  it("makes the subtotal and total rows bold and the others not", () => {
    const body = tablesOf(xml)[2].rows.slice(2);
    expect(body.map((row) => row.every((c) => c.bold))).toEqual([true, false, false, false, false, false, false, true]);
    expect(body.map((row) => row.some((c) => c.bold))).toEqual([true, false, false, false, false, false, false, true]);
  });

  it("puts the notes and then the source line under the table", () => {
    const paragraphs = paragraphsOf(xml);
    const at = paragraphs.indexOf("Table 3: Volume of crimes by type, Maidstone, RY ending Oct 2017");
    expect(paragraphs[at + 1]).toMatch(/^\*Please note: Due to Home Office Counting Rule changes/);
    expect(paragraphs[at + 2]).toBe("Source: Kent Police recorded crime, November 2015 - October 2017");
  });

  it("puts the 13-column table in a landscape section and the 6-column ones in portrait", () => {
    expect(orientationOf(xml, "Table 1:")).toBe("landscape");
    expect(orientationOf(xml, "Table 2:")).toBe("portrait");
    expect(orientationOf(xml, "Table 3:")).toBe("portrait");
    // A4 landscape is 29.7 cm wide: 16838 twips less two 2 cm (1134 twip) margins is the table's grid.
    expect(tablesOf(xml)[0].gridColumns.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(16838 - 2 * 1134);
    expect(tablesOf(xml)[0].gridColumns).toHaveLength(13);
  });

  it("embeds each SPC chart as a PNG of 1440 x 760 pixels (720 x 380 drawn at twice the size)", async () => {
    const media = Object.keys(zip.files).filter((name) => name.startsWith("word/media/"));
    expect(media).toHaveLength(2);
    for (const name of media) {
      expect(name).toMatch(/\.png$/);
      const bytes = await zip.file(name)!.async("nodebuffer");
      expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
      const image = PNG.sync.read(bytes);
      expect([image.width, image.height]).toEqual([1440, 760]);
    }
  });

  it("shows each chart across the portrait text width and numbers its Figure caption", () => {
    expect(xml.match(/<w:drawing>/g)).toHaveLength(2);
    // 9638 twips of text width / 15 twips a pixel = 642 pixels; 9525 EMU a pixel; height 642 x 760 / 1440 = 338.8 -> 339.
    expect(xml).toContain('<wp:extent cx="6115050" cy="3228975"/>');
    const figures = paragraphsOf(xml).filter((p) => /^Figure \d+:/.test(p));
    expect(figures).toEqual([
      "Figure 1: Violent crime, Maidstone, Jan 2022 - Dec 2023",
      "Figure 2: Robbery, Maidstone, Jan 2022 - Dec 2023",
    ]);
  });
});

describe("buildDocx without a chart renderer", () => {
  it("builds tables without charts", async () => {
    const bytes = await buildDocx([volumeByType()]);
    const doc = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
    expect(paragraphsOf(doc)[0]).toBe("Table 1: Volume of crimes by type, Maidstone, RY ending Oct 2017");
  });

  it("says what to pass when a table has charts", async () => {
    await expect(buildDocx([spcTable()])).rejects.toThrow(/needs a renderer: pass svgToPng/);
  });

  it("escapes text from the model instead of breaking the XML", async () => {
    const table = { ...volumeByType(), title: 'Crimes <script>alert("x")</script> & more' };
    const doc = await (await JSZip.loadAsync(await buildDocx([table]))).file("word/document.xml")!.async("string");
    expect(doc).toContain("&lt;script&gt;");
    expect(paragraphsOf(doc)[0]).toBe('Table 1: Crimes <script>alert("x")</script> & more');
  });

  it("still makes a valid document from an empty list", async () => {
    const zipped = await JSZip.loadAsync(await buildDocx([]));
    expect(await zipped.file("word/document.xml")!.async("string")).toContain("<w:body>");
  });
});

describe("buildDocx with key findings", () => {
  it("puts each table's findings as paragraphs after it, before the next table's caption", async () => {
    const bytes = await buildDocx([volumeByType(), vatpOutcomes()], {
      findings: [["All crime in the borough rose by 32.4%.", "This is a statistically significant rise."], []],
    });
    const doc = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
    const paragraphs = paragraphsOf(doc);
    const first = paragraphs.indexOf("All crime in the borough rose by 32.4%.");
    expect(first).toBeGreaterThan(
      paragraphs.indexOf("Table 1: Volume of crimes by type, Maidstone, RY ending Oct 2017"),
    );
    expect(paragraphs[first + 1]).toBe("This is a statistically significant rise.");
    expect(paragraphs.indexOf("Table 2: VATP outcomes, Kent and most similar forces, 2017 and 2016")).toBeGreaterThan(
      first + 1,
    );
  });
});
