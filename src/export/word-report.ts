import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  TableOfContents,
  TextRun,
  type Table,
} from "docx";
import type { ChartSeries, TableModel } from "../core/tables";
import { docxTable } from "./docx-table";
import { caption, notesUnder, PAGE, picture, PORTRAIT_MAX_COLUMNS, renderChart, STYLES } from "./docx";
import type { SvgToPng } from "./svg-to-png";
import { tableColumns } from "./table-columns";

/** One table of the report with the key findings worked out from it. */
export interface ReportTable {
  table: TableModel;
  findings: readonly string[];
}

export interface ReportOptions {
  /** The report's title, on its title page and in its properties. */
  title: string;
  /** The area the assessment is for ("Newport"), or null for a whole force. */
  area: string | null;
  /** The period the data cover, in words ("July 2022 to December 2024"). */
  period: string;
  /** The date the report was made, in words ("4 December 2026"). */
  date: string;
  /** Where the data come from (the tables' source line). */
  source: string;
  /** The document's Author property (default "Strategic Assessment Toolkit"). */
  author?: string;
  /** The chart renderer (`nodeSvgToPng()` or `browserSvgToPng()`); needed when a table has charts. */
  svgToPng?: SvgToPng;
  /** Tables the data could not fill, with the reason: a line in the report instead of the table. */
  leftOut?: readonly { title: string; reason: string }[];
  /** Put the SPC data table (every month of every series) in an appendix (default false: left out). */
  spcDataAppendix?: boolean;
}

type Block = Paragraph | Table | TableOfContents;
interface Part {
  landscape: boolean;
  children: Block[];
}

/** A theme's heading: the all-crime tables are the assessment's "Total recorded crime". */
const TOTAL_THEME = "Total recorded crime";
const SPC_RECIPES = new Set(["spc-series", "spc-summary"]);

/**
 * The Word document of a strategic assessment, in the shape of the seed's (issue 22 item 4): a title page
 * (title, area, period, date, source); a contents list, a Word TOC field over the Heading 1 and 2
 * headings, so Word's navigation pane and its Update Table work; an executive summary of the key findings
 * (each theme's headline); one section per theme the data allow (total recorded crime, then each crime
 * group or anti-social behaviour that has a table), each with its headline sentence, its tables (numbered
 * captions, notes beneath), its SPC chart and its findings; then the SPC summary table with the charts of
 * the series no theme showed, so each series is charted once and no chart twice; the SPC data table only as
 * an optional appendix; a line for each table left out and why. Every page has "Page N of M" in its footer;
 * tables wider than 7 columns get landscape pages; table header rows repeat on every page (`docxTable`);
 * every chart has alt text. A sentence printed once in the body is never printed again (several tables'
 * findings can say the same thing), and footnote marks are taken off the findings: they belong on the
 * figures in the tables, with the note beneath.
 *
 * Missing values: a table without findings has none printed; no tables gives the title page, contents and
 * the left-out lines.
 *
 * @param tables the tables with their findings, in assessment order
 * @param options title page, renderer, left-out tables and the appendix switch
 * @returns the .docx file's bytes
 * @throws Error when a table has charts but no `svgToPng` was given
 * @example
 * const bytes = await buildReport(parts, { title: "Newport Strategic Assessment", area: "Newport",
 *   period: "July 2022 to December 2024", date: "4 December 2026", source, svgToPng: nodeSvgToPng() });
 */
export async function buildReport(tables: readonly ReportTable[], options: ReportOptions): Promise<Uint8Array> {
  const said = new Set<string>();
  const counter = { table: 0, figure: 0 };
  const themes = themesOf(tables);
  const charted = new Set<string>();
  const parts: Part[] = [{ landscape: false, children: [...titlePage(options), ...contents()] }];
  const summary = summaryOf(themes);
  parts[0].children.push(heading("Executive summary", 1), ...summary.map((s) => bullet(plain(s))));
  if (summary.length === 0) {
    const left = (options.leftOut ?? []).length;
    parts[0].children.push(
      plainParagraph(
        `The data cover ${options.period} only: too short for the comparisons this assessment makes` +
          (left > 0
            ? `, so ${left === 1 ? "one set of tables is" : `${left} sets of tables are`} left out (each section says which and why).`
            : "."),
      ),
    );
  }
  const spcFindings = tables.filter((t) => SPC_RECIPES.has(t.table.recipe)).flatMap((t) => t.findings);
  let number = 0;
  for (const theme of themes) {
    number++;
    const lead = themeHeadline(theme);
    // The heading and headline go with the first table, so a landscape table does not leave them on a page alone.
    let opening: Block[] = [
      heading(`${number}. ${theme.name}`, 1, true),
      ...(lead ? [leadParagraph(sayOnce(plain(lead), said))] : []),
    ];
    const left = leftOutOf(options, theme.name).map(leftOutLine);
    if (left.length > 0) {
      pushPart(parts, false, [...opening, ...left]);
      opening = [];
    }
    // The SPC reading of the theme's own series goes with its chart, not only in the SPC section.
    const readings = spcFindings.filter((f) => theme.charts.some((c) => f.startsWith(`${c.category ?? c.title}, `)));
    for (const [k, entry] of theme.tables.entries()) {
      const findings = k === 0 ? [...readings, ...entry.findings] : entry.findings;
      await pushTable(parts, { table: entry.table, findings }, options, counter, said, theme.charts, charted, opening);
      opening = [];
    }
  }
  const spc = tables.filter((t) => SPC_RECIPES.has(t.table.recipe));
  const summaryTable = spc.find((t) => t.table.recipe === "spc-summary");
  const seriesTable = spc.find((t) => t.table.recipe === "spc-series");
  const spcLeftOut = (options.leftOut ?? []).filter((l) => /SPC/.test(l.title));
  if (summaryTable || seriesTable || spcLeftOut.length > 0) {
    number++;
    const opening = [heading(`${number}. Statistical process control`, 1, true)];
    if (!summaryTable) pushPart(parts, false, opening);
    if (!summaryTable && seriesTable) {
      // The charts without their data table (which goes only in the appendix, when asked for).
      const rest = (seriesTable.table.charts ?? []).filter((c) => !charted.has(c.category ?? c.title));
      await pushCharts(parts, rest, seriesTable.findings, options, counter, said, charted);
    }
    if (summaryTable) {
      const rest = (seriesTable?.table.charts ?? summaryTable.table.charts ?? []).filter(
        (c) => !charted.has(c.category ?? c.title),
      );
      const findings = [...summaryTable.findings, ...(seriesTable?.findings ?? [])];
      await pushTable(
        parts,
        { table: { ...summaryTable.table, charts: rest }, findings },
        options,
        counter,
        said,
        null,
        charted,
        opening,
      );
      if (charted.size > rest.length)
        pushPart(parts, false, [plainParagraph("The charts of the other series are in their themes' sections above.")]);
    }
    for (const left of spcLeftOut) pushPart(parts, false, [leftOutLine(left)]);
  }
  if (options.spcDataAppendix && seriesTable) {
    const opening = [heading("Appendix: SPC data", 1, true)];
    await pushTable(
      parts,
      { table: { ...seriesTable.table, charts: [] }, findings: [] },
      options,
      counter,
      said,
      null,
      charted,
      opening,
    );
  }
  const document = new Document({
    creator: options.author ?? "Strategic Assessment Toolkit",
    title: options.title,
    styles: STYLES,
    features: { updateFields: true },
    sections: sectionsOf(parts),
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

interface Theme {
  name: string;
  tables: ReportTable[];
  /** The SPC charts of this theme's category, drawn in its section. */
  charts: ChartSeries[];
}

/** The themes, in order: total recorded crime first, then each category that has a table of its own. */
function themesOf(tables: readonly ReportTable[]): Theme[] {
  const themes: Theme[] = [];
  const allCharts = tables.find((t) => t.table.recipe === "spc-series")?.table.charts ?? [];
  for (const entry of tables) {
    if (SPC_RECIPES.has(entry.table.recipe)) continue;
    const category = entry.table.subject?.category;
    const total =
      !category ||
      category === entry.table.subject?.totalLabel ||
      /^all crime$/i.test(category) ||
      entry.table.recipe !== "area-comparison";
    const name = total ? TOTAL_THEME : category;
    let theme = themes.find((t) => t.name === name);
    if (!theme) {
      theme = {
        name,
        tables: [],
        charts: allCharts.filter((c) => (total ? /^all crime$/i.test(c.category ?? "") : c.category === category)),
      };
      themes.push(theme);
    }
    theme.tables.push(entry);
  }
  return themes;
}

/** A theme's headline: the first finding of its first table that has one. */
function themeHeadline(theme: Theme): string | null {
  return theme.tables.find((t) => t.findings.length > 0)?.findings[0] ?? null;
}

/** The executive summary: each theme's headline (restated in its section, as a summary does). */
function summaryOf(themes: Theme[]): string[] {
  return themes.map(themeHeadline).filter((s): s is string => s !== null);
}

/** Adds a table (caption, table, notes), the charts it or its theme carries, and its findings, said once. */
async function pushTable(
  parts: Part[],
  entry: ReportTable,
  options: ReportOptions,
  counter: { table: number; figure: number },
  said: Set<string>,
  themeCharts: ChartSeries[] | null,
  charted: Set<string>,
  opening: Block[] = [],
): Promise<void> {
  const { table } = entry;
  const landscape = tableColumns(table) > PORTRAIT_MAX_COLUMNS;
  const textWidth = (landscape ? PAGE.height : PAGE.width) - 2 * PAGE.margin;
  const children: Block[] = [
    ...opening,
    caption("Table", ++counter.table, table.title),
    docxTable(table, textWidth),
    ...notesUnder(table),
  ];
  pushPart(parts, landscape, children);
  const charts = (themeCharts ?? table.charts ?? []).filter((c) => !charted.has(c.category ?? c.title));
  await pushCharts(parts, charts, entry.findings, options, counter, said, charted);
}

/** Adds the charts not drawn yet (numbered figures, with alt text) and then the findings, each sentence said once. */
async function pushCharts(
  parts: Part[],
  charts: ChartSeries[],
  findings: readonly string[],
  options: ReportOptions,
  counter: { table: number; figure: number },
  said: Set<string>,
  charted: Set<string>,
): Promise<void> {
  const drawn: Block[] = [];
  for (const series of charts.filter((c) => !charted.has(c.category ?? c.title))) {
    charted.add(series.category ?? series.title);
    const png = await renderChart(series, options.svgToPng);
    drawn.push(
      picture(png, series.title, PAGE.width - 2 * PAGE.margin),
      caption("Figure", ++counter.figure, series.title),
    );
  }
  const fresh = findings.map((f) => sayOnce(plain(f), said)).filter((f) => f !== "");
  pushPart(parts, false, [...drawn, ...fresh.map(plainParagraph)]);
}

/** Adds blocks to the last part when it has the same orientation, else starts a new part. */
function pushPart(parts: Part[], landscape: boolean, children: Block[]): void {
  if (children.length === 0) return;
  const last = parts[parts.length - 1];
  if (last && last.landscape === landscape) last.children.push(...children);
  else parts.push({ landscape, children });
}

/** The sentences of a finding not printed before, joined; "" when every one was (remembered in `said`). */
function sayOnce(text: string, said: Set<string>): string {
  const sentences = text.split(/(?<=[.!?])\s+(?=[A-Z0-9])/);
  const fresh = sentences.filter((s) => !said.has(s.trim()));
  for (const s of fresh) said.add(s.trim());
  return fresh.join(" ");
}

/** A finding without footnote marks: they belong on the figures in the tables, not in sentences. */
function plain(text: string): string {
  return text.replace(/(\d|N\/A)[*†‡§¶]+/g, "$1");
}

function leftOutOf(options: ReportOptions, theme: string): { title: string; reason: string }[] {
  return (options.leftOut ?? []).filter(
    (l) => !/SPC/.test(l.title) && (theme === TOTAL_THEME || l.title.startsWith(theme)),
  );
}

function leftOutLine(left: { title: string; reason: string }): Paragraph {
  return new Paragraph({
    spacing: { before: 160 },
    children: [new TextRun({ text: `Left out: ${left.title}. ${left.reason}`, italics: true })],
  });
}

function titlePage(options: ReportOptions): Paragraph[] {
  const line = (label: string, text: string) =>
    new Paragraph({
      spacing: { before: 120 },
      children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(text)],
    });
  return [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      spacing: { before: 2400, after: 480 },
      children: [new TextRun(options.title)],
    }),
    line("Area", options.area ?? "The whole force area"),
    line("Period", options.period),
    line("Date", options.date),
    line("Source", options.source),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/** "Contents" and the TOC field over Heading 1 and 2 (filled from the headings, and updated by Word). */
function contents(): Block[] {
  return [
    new Paragraph({
      spacing: { after: 120 },
      children: [new TextRun({ text: "Contents", bold: true, size: 32, color: "1F4E79" })],
    }),
    new TableOfContents("Contents", { hyperlink: true, headingStyleRange: "1-2" }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/** A heading; a numbered section (a theme, the SPC section, an appendix) starts on a new page. */
function heading(text: string, level: 1 | 2, newPage = false): Paragraph {
  return new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    keepNext: true,
    pageBreakBefore: newPage,
    children: [new TextRun(text)],
  });
}

function leadParagraph(text: string): Paragraph {
  return new Paragraph({ spacing: { before: 120, after: 120 }, children: [new TextRun({ text, bold: true })] });
}

function plainParagraph(text: string): Paragraph {
  return new Paragraph({ spacing: { before: 120, after: 0 }, children: [new TextRun(text)] });
}

function bullet(text: string): Paragraph {
  return new Paragraph({ bullet: { level: 0 }, spacing: { before: 80 }, children: [new TextRun(text)] });
}

/** One Word section per run of parts of the same orientation, each with "Page N of M" in its footer. */
function sectionsOf(parts: Part[]) {
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES], size: 16 })],
      }),
    ],
  });
  return parts.map((part) => ({
    properties: {
      page: {
        size: {
          width: PAGE.width,
          height: PAGE.height,
          orientation: part.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
      },
    },
    footers: { default: footer },
    children: part.children,
  }));
}
