import type { TableModel } from "../core/tables";
import { LONG_MONTH_NAMES } from "../core/periods";
import { leftOutTables } from "../core/tables";
import { uncoveredReason } from "../core/tables";
import { DOCX_TYPE } from "./docx";
import { buildReport } from "./word-report";
import type { SvgToPng } from "./svg-to-png";
import { wordFindings } from "./word-findings";

export interface WordFileOptions {
  /** The document's title, at its top and in its properties. */
  title: string;
  /** The document's Author property (default: `buildDocx`'s). */
  author?: string;
  /** The chart renderer: `browserSvgToPng()` in the task pane and on the save page. */
  svgToPng: SvgToPng;
}

/**
 * The Word file of the tables as a page offers it for download: the assessment's shape (`buildReport`:
 * title page, contents, executive summary, a section per theme, the SPC summary, page numbers), the key
 * findings as paragraphs under their tables (`wordFindings`, so a Key findings sheet among the tables is
 * not printed as a table), tables the data cannot fill left out with the reason (`leftOutTables`), wrapped
 * in a Blob of the .docx media type. The task pane's
 * Export to Word and the save page of Excel for Mac both call this, so the two files are the same.
 *
 * Missing values: an empty list gives a document with the title only (callers refuse it first).
 *
 * @param tables the tables to export, in assessment order
 * @param options title, author and chart renderer
 * @returns the .docx as a Blob (its `size` is the file's size in bytes)
 * @throws errors from `wordFindings` and `buildDocx`
 * @example
 * const blob = await wordFile(tables, { title: "Maidstone Strategic Assessment", svgToPng: browserSvgToPng() });
 */
export async function wordFile(tables: readonly TableModel[], options: WordFileOptions): Promise<Blob> {
  const shown = wordFindings(tables);
  const parts = shown.tables
    .map((table, i) => ({ table, findings: shown.findings[i] ?? [] }))
    .filter((p) => uncoveredReason(p.table) === null);
  const bytes = await buildReport(parts, {
    ...factsOf(shown.tables),
    title: options.title,
    author: options.author,
    svgToPng: options.svgToPng,
    leftOut: leftOutTables(shown.tables),
  });
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: DOCX_TYPE });
}

/** The title page's facts, read from the tables: their area, the months charted (or the first title's period), the source. */
function factsOf(tables: readonly TableModel[]): { area: string | null; period: string; date: string; source: string } {
  const area = tables.find((t) => t.subject?.area)?.subject?.area ?? null;
  const months = tables.flatMap((t) => t.charts ?? []).find((c) => c.months.length > 0)?.months;
  const words = (key: string) => `${LONG_MONTH_NAMES[Number(key.slice(5, 7)) - 1]} ${key.slice(0, 4)}`;
  const period = months
    ? `${words(months[0])} to ${words(months[months.length - 1])}`
    : (tables[0]?.title.split(", ").pop() ?? "");
  const today = new Date();
  const source = (tables.find((t) => t.source !== "")?.source ?? "").replace(/^Source:\s*/, "");
  return {
    area,
    period,
    date: `${today.getDate()} ${LONG_MONTH_NAMES[today.getMonth()]} ${today.getFullYear()}`,
    source,
  };
}
