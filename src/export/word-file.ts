import type { TableModel } from "../core/tables/table-model";
import { buildDocx, DOCX_TYPE } from "./docx";
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
 * The Word file of the tables as a page offers it for download: the key findings as paragraphs under
 * their tables (`wordFindings`, so a Key findings sheet among the tables is not printed as a table),
 * the .docx built by `buildDocx` and wrapped in a Blob of the .docx media type. The task pane's
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
  const bytes = await buildDocx(shown.tables, { title: options.title, author: options.author, svgToPng: options.svgToPng, findings: shown.findings });
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: DOCX_TYPE });
}
