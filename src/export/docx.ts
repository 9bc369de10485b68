import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  PageOrientation,
  Paragraph,
  SimpleField,
  Table,
  TextRun,
} from "docx";
import type { ChartSeries, TableModel } from "../core/tables";
import { docxTable } from "./docx-table";
import { droppedLine } from "./dropped-line";
import { spcChartSvg } from "./spc-chart-svg";
import type { ChartPng, SvgToPng } from "./svg-to-png";
import { tableColumns } from "./table-columns";

/** The media type of a .docx file, for the Blob a page offers as a download. */
export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export interface DocxOptions {
  /** A title at the top of the document (also its Title property). */
  title?: string;
  /** The document's Author property (default "Strategic Assessment Toolkit"). */
  author?: string;
  /**
   * The SVG-to-PNG step for SPC charts: `nodeSvgToPng()` in Node, `browserSvgToPng()` in the task pane.
   * Needed only when a table carries charts.
   */
  svgToPng?: SvgToPng;
  /** Key findings per table, in the tables' order (see core/findings `keyFindings`): paragraphs under each table. */
  findings?: readonly (readonly string[])[];
}

/** A4 in twips (1/20 pt), with 2 cm margins. */
export const PAGE = { width: 11906, height: 16838, margin: 1134 };
/** Tables wider than this many columns get a landscape page. */
export const PORTRAIT_MAX_COLUMNS = 7;

type Block = Paragraph | Table;
interface Part {
  landscape: boolean;
  children: Block[];
}

/**
 * Builds the Word document of an assessment's tables (issue 8), from the same TableModels the sheets are
 * written from, so Word and Excel show the same numbers. In the given order, each table gets a numbered
 * caption above it ("Table 3: Volume of crimes by type, Maidstone, RY ending Oct 2017", a Word SEQ field
 * so Word's list of tables and cross-references work), the table in house style (see `docxTable`), its
 * notes, the dropped-rows line and the source line beneath, then its SPC charts as PNG pictures drawn
 * from the series (`spcChartSvg`, so Word does not depend on Excel's chart engine) with "Figure N:"
 * captions, then its key findings (when given) as paragraphs. Tables with more than 7 columns go in
 * landscape sections. Uses only browser-safe APIs
 * (`Packer.toArrayBuffer`), so the command line and the task pane share it.
 *
 * Missing values: an empty list gives a document with the title (or one empty paragraph); tables without
 * notes, source or dropped rows simply have no such lines.
 *
 * @param tables the tables, in assessment order
 * @param options title, author and the chart renderer
 * @returns the .docx file's bytes
 * @throws Error when a table has charts but no `svgToPng` was given (a programming error, not the analyst's)
 * @example
 * const bytes = await buildDocx([volumeByType, violentCrime], { title: "Maidstone Strategic Assessment", svgToPng: nodeSvgToPng() });
 */
export async function buildDocx(tables: TableModel[], options: DocxOptions = {}): Promise<Uint8Array> {
  const parts: Part[] = [];
  let figure = 0;
  for (const [i, table] of tables.entries()) {
    const landscape = tableColumns(table) > PORTRAIT_MAX_COLUMNS;
    const textWidth = (landscape ? PAGE.height : PAGE.width) - 2 * PAGE.margin;
    const children: Block[] = [caption("Table", i + 1, table.title), docxTable(table, textWidth), ...notesUnder(table)];
    for (const series of table.charts ?? []) {
      const png = await renderChart(series, options.svgToPng);
      children.push(picture(png, series.title, textWidth), caption("Figure", ++figure, series.title));
    }
    children.push(...(options.findings?.[i] ?? []).map(findingParagraph));
    parts.push({ landscape, children });
  }
  const document = new Document({
    creator: options.author ?? "Strategic Assessment Toolkit",
    title: options.title ?? "",
    styles: STYLES,
    sections: sectionsOf(parts, options.title),
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

/** "Table 3: title" with the number as a SEQ field whose shown result is already filled in. */
export function caption(label: "Table" | "Figure", number: number, title: string): Paragraph {
  return new Paragraph({
    style: "Caption",
    keepNext: label === "Table",
    spacing: label === "Figure" ? { before: 60 } : undefined,
    children: [
      new TextRun(`${label} `),
      new SimpleField(`SEQ ${label} \\* ARABIC`, String(number)),
      new TextRun(`: ${title}`),
    ],
  });
}

/** One key finding, as the report's own commentary: a plain paragraph after the table. */
function findingParagraph(text: string): Paragraph {
  return new Paragraph({ spacing: { before: 120, after: 0 }, children: [new TextRun(text)] });
}

/** Notes, the dropped-rows line and the source line, small, under the table. */
export function notesUnder(table: TableModel): Paragraph[] {
  const small = (text: string, italics = false) =>
    new Paragraph({ spacing: { before: 40, after: 0 }, children: [new TextRun({ text, size: 16, italics })] });
  const lines = [...table.notes.map((note) => small(note))];
  const dropped = droppedLine(table.dropped);
  if (dropped !== "") lines.push(small(dropped));
  if (table.source !== "") lines.push(small(table.source, true));
  return lines;
}

export async function renderChart(series: ChartSeries, svgToPng: SvgToPng | undefined): Promise<ChartPng> {
  if (!svgToPng)
    throw new Error(
      `The chart "${series.title}" needs a renderer: pass svgToPng (nodeSvgToPng() or browserSvgToPng()) to buildDocx.`,
    );
  return svgToPng(spcChartSvg(series));
}

/** The chart across the text width (pixels at 96 dpi are 15 twips), kept with its caption. */
export function picture(png: ChartPng, title: string, textWidth: number): Paragraph {
  const width = Math.floor(textWidth / 15);
  const height = Math.round((width * png.height) / png.width);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: 240 },
    children: [
      new ImageRun({
        type: "png",
        data: png.png,
        transformation: { width, height },
        altText: { name: title, title, description: `SPC chart: ${title}` },
      }),
    ],
  });
}

/** Consecutive parts of the same orientation share a section; the title opens the first. */
function sectionsOf(parts: Part[], title: string | undefined) {
  const opening = title ? [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] })] : [];
  const sections: Part[] = [];
  for (const part of parts) {
    const last = sections[sections.length - 1];
    if (last && last.landscape === part.landscape) last.children.push(...part.children);
    else sections.push({ landscape: part.landscape, children: [...part.children] });
  }
  if (sections.length === 0) sections.push({ landscape: false, children: opening.length ? [] : [new Paragraph("")] });
  sections[0].children.unshift(...opening);
  return sections.map((section) => ({
    properties: {
      page: {
        size: {
          width: PAGE.width,
          height: PAGE.height,
          orientation: section.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
      },
    },
    children: section.children,
  }));
}

/** Arial 10 pt text, and the Caption style Word's own captions use (bold, dark blue, kept with the table). */
export const STYLES = {
  default: { document: { run: { font: "Arial", size: 20 } } },
  paragraphStyles: [
    {
      id: "Caption",
      name: "caption",
      basedOn: "Normal",
      next: "Normal",
      quickFormat: true,
      run: { bold: true, size: 20, color: "1F4E79" },
      paragraph: { spacing: { before: 240, after: 80 } },
    },
  ],
};
