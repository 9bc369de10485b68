import { linesUnderTable } from "./lines-under-table";
import type { TableModel } from "../core/tables";
import { rowTexts } from "./row-texts";
import { singleHeaderRow } from "./single-header-row";

/**
 * A table as Markdown in the house style: the title as a heading, one header row, the cells as
 * `formatCell` writes them ("+2645", "+28.6%", "N/A*"), sub-categories as "- Robbery", subtotal and
 * total rows in bold, numbers right-aligned; then the notes, the rows not used, and the source line.
 * Every text from the data (crime types, area names) is escaped, so it shows as written and never as
 * HTML, a link or a broken table.
 *
 * @param table the table
 * @returns the Markdown text
 * @throws never
 * @example
 * tableToMarkdown(rollingYearTable); // => "### Volume of crimes by type, ...\n\n| Crime type | ..."
 */
export function tableToMarkdown(table: TableModel): string {
  const header = singleHeaderRow(table.headerRows);
  const lines = [
    `### ${escaped(table.title)}`,
    "",
    cells(header.map(escaped)),
    cells(header.map((_, i) => (i === 0 ? "---" : "---:"))),
  ];
  for (const row of table.rows) {
    const texts = rowTexts(row).map(escaped);
    lines.push(cells(row.kind === "data" ? texts : texts.map((t) => (t === "" ? t : `**${t}**`))));
  }
  const under = linesUnderTable(table);
  return [...lines, "", ...under.flatMap((line) => [escaped(line), ""])].join("\n");
}

/** A Markdown table line of texts already escaped. */
function cells(texts: string[]): string {
  return `| ${texts.join(" | ")} |`;
}

/**
 * A text made inert in Markdown: "&", "<" and ">" as HTML entities, so `<img src=x onerror=...>` or an
 * autolink `<javascript:...>` stays text; "|" and every character that starts emphasis, code, a link
 * or an image (`\\ * _ ~ \` [ ]`) backslash-escaped, so `[x](javascript:...)` is not a link; a line
 * break as a space, so a name holding one cannot end the table row or the heading.
 */
function escaped(text: string): string {
  return text
    .replace(/\r\n|[\r\n]/g, " ")
    .replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"))
    .replace(/([|\\*_~`[\]])/g, "\\$1");
}
