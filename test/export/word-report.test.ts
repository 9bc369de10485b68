import { readdirSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import JSZip from "jszip";
import { POLICE_UK_DATA } from "../shared-data";
import { runSatk } from "../cli/run-satk";
import { buildReport } from "../../src/export/word-report";
import { nodeSvgToPng } from "../../src/export/node-svg-to-png";
import { paragraphsOf, tablesOf, textOf } from "./docx-xml";
import { spcTable, volumeByType } from "./seed-tables";

const files = (force: string): string[] =>
  readdirSync(`${POLICE_UK_DATA}/${force}`)
    .sort()
    .map((f) => `${POLICE_UK_DATA}/${force}/${f}`);

interface Opened {
  xml: string;
  footers: string[];
  err: string;
}

async function report(force: string, area: string): Promise<Opened> {
  const out = join(tmpdir(), `satk-word-report-${force}.docx`); // a real folder; the run writes into memory
  const run = await runSatk("report", "--input", ...files(force), "--area", area, "--out", out);
  expect(run.code).toBe(0);
  const zip = await JSZip.loadAsync(run.written.get(out) as Uint8Array);
  const xml = await zip.file("word/document.xml")!.async("string");
  const footers = await Promise.all(
    Object.keys(zip.files)
      .filter((n) => /^word\/footer\d*\.xml$/.test(n))
      .map((n) => zip.file(n)!.async("string")),
  );
  return { xml, footers, err: run.err };
}

/** The texts of the paragraphs in a given Word paragraph style ("Heading1", "Title"). */
function styled(xml: string, style: string): string[] {
  return [...xml.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:pStyle w:val="([^"]+)"\/>[\s\S]*?<\/w:p>/g)]
    .filter((m) => m[1] === style)
    .map((m) => textOf(m[0]));
}

/**
 * The sentences of the body's own text after the executive summary (which restates the headlines by design):
 * plain paragraphs outside tables, not headings, captions or the small notes and source lines under tables.
 */
function bodySentences(xml: string): string[] {
  const start = xml.indexOf(">1. Total recorded crime<", xml.indexOf('w:val="Heading1"'));
  const body = xml.slice(start).replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, "");
  return [...body.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)]
    .map((m) => m[1])
    .filter((p) => !/<w:pStyle /.test(p) && !/<w:sz w:val="16"\/>/.test(p))
    .map(textOf)
    .filter((t) => t !== "")
    .flatMap((p) => p.split(/(?<=\.)\s+(?=[A-Z])/));
}

describe("satk report on the Gwent files: the shape of an assessment (issue 22 item 4)", () => {
  let doc: Opened;
  beforeAll(async () => {
    doc = await report("gwent", "Newport");
  }, 120_000);

  it("opens with a title page naming the area, the period, the date and the source", () => {
    const paragraphs = paragraphsOf(doc.xml);
    expect(paragraphs[0]).toBe("Newport Strategic Assessment");
    expect(paragraphs.slice(1, 5).map((p) => p.split(":")[0])).toEqual(["Area", "Period", "Date", "Source"]);
    expect(paragraphs[1]).toBe("Area: Newport");
    expect(paragraphs[2]).toBe("Period: July 2022 to December 2024");
    expect(paragraphs[4]).toMatch(/^Source: police\.uk street-level crime data, Gwent Police/);
  });

  it("has Word headings for the executive summary, one section per theme and the SPC section, and a TOC field over them", () => {
    expect(styled(doc.xml, "Heading1")).toEqual([
      "Executive summary",
      "1. Total recorded crime",
      "2. Violent crime",
      "3. Burglary",
      "4. Vehicle crime",
      "5. Theft and handling",
      "6. Criminal damage",
      "7. Crimes against society",
      "8. Anti-social behaviour",
      "9. Statistical process control",
    ]);
    expect(doc.xml).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-2&quot;<\/w:instrText>/);
  });

  it("gives each theme its headline sentence, its table and its chart", () => {
    const paragraphs = paragraphsOf(doc.xml);
    const at = paragraphs.lastIndexOf("2. Violent crime"); // the heading, not its line in the contents
    expect(paragraphs[at + 1]).toMatch(
      /^Violent crime in Newport (rose|fell) by [\d.]+% in the period January 2024 to December 2024/,
    );
    expect(paragraphs[at + 2]).toMatch(/^Table \d+: Violent crime by area, RY ending Dec 2024$/);
    expect(paragraphs.slice(at).find((p) => p.startsWith("Figure"))).toBe(
      "Figure 2: Violent crime, Newport, Jul 2022 - Dec 2024",
    );
  });

  it("numbers every page in the footer (PAGE of NUMPAGES fields)", () => {
    expect(doc.footers.length).toBeGreaterThan(0);
    for (const footer of doc.footers) {
      expect(footer).toMatch(/PAGE/);
      expect(footer).toMatch(/NUMPAGES/);
    }
  });

  it("draws each SPC series once, every chart with alt text", () => {
    const names = [...doc.xml.matchAll(/<wp:docPr [^>]*\/?>/g)].map((m) => m[0]);
    expect(names).toHaveLength(8);
    const descriptions = names.map((tag) => /descr="([^"]*)"/.exec(tag)?.[1] ?? "");
    expect(descriptions.every((d) => /^SPC chart: .+, Newport, Jul 2022 - Dec 2024$/.test(d))).toBe(true);
    expect(new Set(descriptions).size).toBe(8);
    const figures = paragraphsOf(doc.xml)
      .filter((p) => /^Figure \d+:/.test(p))
      .map((p) => p.replace(/^Figure \d+: /, ""));
    expect(new Set(figures).size).toBe(figures.length);
  });

  it("leaves the SPC data table out of the body, keeping the SPC summary", () => {
    const headers = tablesOf(doc.xml).map((t) => t.rows[0].map((c) => c.text).join("|"));
    expect(headers.some((h) => h.startsWith("Series|Month|Count"))).toBe(false);
    expect(headers.some((h) => h.startsWith("Series|Latest month"))).toBe(true);
  });

  it("repeats every table's header rows on each page", () => {
    for (const table of tablesOf(doc.xml)) expect(table.headerRows[0]).toBe(true);
  });

  it("writes counts in its tables with thousands separators (issue 22 item 5)", () => {
    const cells = tablesOf(doc.xml).flatMap((t) => t.rows.slice(1).flatMap((r) => r.slice(1).map((c) => c.text)));
    expect(cells.filter((text) => /^[+-]?\d{4,}(\.\d+)?[*†‡]?$/.test(text))).toEqual([]);
    expect(cells).toContain("19,761");
  });

  it("prints no sentence twice in its body, and no footnote mark in a sentence (issue 22 item 5)", () => {
    const sentences = bodySentences(doc.xml);
    expect(sentences.length).toBeGreaterThan(30);
    const repeated = sentences.filter((s, i) => sentences.indexOf(s) !== i);
    expect(repeated).toEqual([]);
    expect(sentences.filter((s) => /\d[*†‡]/.test(s))).toEqual([]);
  });

  it("titles the table by type and year in the data's noun and says which way each ranking runs (issue 22 item 5)", () => {
    const paragraphs = paragraphsOf(doc.xml);
    expect(paragraphs.some((p) => /Cases by type/.test(p))).toBe(false);
    expect(paragraphs).toContain("Table 5: Crimes and incidents by type and year, Newport");
    const ranked = paragraphs.findIndex((p) => /compared with Jan 2023 - Dec 2023$/.test(p));
    expect(paragraphs.slice(ranked, ranked + 6).some((p) => /^Ranking: 1 is the largest fall/.test(p))).toBe(true);
  });
});

describe("satk report on Kent's 5-month extract: short data said, not padded (issue 22 item 6)", () => {
  let doc: Opened;
  beforeAll(async () => {
    doc = await report("kent", "Maidstone");
  }, 120_000);

  it("leaves out the tables whose comparison the data do not cover, with a line saying why", () => {
    const paragraphs = paragraphsOf(doc.xml);
    expect(paragraphs).toContain(
      "Left out: Volume of crimes by type, Maidstone, RY ending Feb 2019; All crime by area, RY ending Feb 2019. The data start in Oct 2018, so a rolling year starting before then cannot be counted in full.",
    );
    expect(
      paragraphs.some((p) => /^Left out: Monthly SPC charts, Maidstone.*SPC limits need at least 12 months/.test(p)),
    ).toBe(true);
    expect(tablesOf(doc.xml).map((t) => t.rows.length)).toHaveLength(2);
    expect((doc.xml.match(/N\/A/g) ?? []).length).toBe(0);
  });

  it("says so once on standard error, each reason once", () => {
    const lines = doc.err.split("\n").filter((l) => l.startsWith("satk: left out of the report:"));
    expect(lines).toHaveLength(3);
    expect(lines.filter((l) => l.includes("a rolling year starting before then"))).toHaveLength(1);
  });

  it("says in the executive summary that the data are too short", () => {
    const paragraphs = paragraphsOf(doc.xml);
    expect(paragraphs[paragraphs.lastIndexOf("Executive summary") + 1]).toMatch(
      /^The data cover October 2018 to February 2019 only: too short/,
    );
  });
});

describe("buildReport's SPC data appendix (issue 22 item 4)", () => {
  it("puts the SPC data table in an appendix only when asked", async () => {
    const spc = spcTable();
    const summary = { ...spc, recipe: "spc-summary", title: "SPC summary", charts: spc.charts };
    const parts = [
      { table: volumeByType(), findings: ["All crime rose."] },
      { table: summary, findings: [] },
      { table: spc, findings: [] },
    ];
    const facts = { title: "T", area: "Maidstone", period: "p", date: "d", source: "s", svgToPng: nodeSvgToPng() };
    const open = async (bytes: Uint8Array) => (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
    const without = await open(await buildReport(parts, facts));
    const withIt = await open(await buildReport(parts, { ...facts, spcDataAppendix: true }));
    expect(paragraphsOf(without)).not.toContain("Appendix: SPC data");
    expect(paragraphsOf(withIt)).toContain("Appendix: SPC data");
    expect(tablesOf(withIt).length).toBe(tablesOf(without).length + 1);
    // the two charts are drawn once either way
    expect(without.match(/<w:drawing>/g)).toHaveLength(2);
    expect(withIt.match(/<w:drawing>/g)).toHaveLength(2);
  });
});
