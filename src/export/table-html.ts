import { cellFill } from "../core/house-style";
import type { TableModel } from "../core/tables";
import { droppedLine } from "./dropped-line";
import { HEADER_FILL } from "./docx-table";
import { headerLayout } from "./header-layout";
import { rowTexts } from "./row-texts";
import { escapeXml } from "./xml-escape";

const FONT = "font-family:Arial,sans-serif";
const CELL = "border:1px solid #000000;padding:1pt 4pt;vertical-align:bottom";

/**
 * One table as HTML for the clipboard, so a paste into Word keeps the house style: the title in bold,
 * header rows shaded and bold in a <thead> (Word repeats them across pages), merged header cells as
 * colspan/rowspan (see `headerLayout`), numbers right-aligned in the house format (`rowTexts`),
 * sub-categories as "- Robbery", subtotal and total rows bold, then the notes, the dropped-rows line and
 * the source line. All styles are inline because Word ignores <style> sheets in pasted HTML fragments;
 * every text from the model is escaped, so a category named "<script>" is pasted as text.
 *
 * Missing values: a `null` cell shows "N/A" and its footnote marker; empty notes and source are left out.
 *
 * @param table the table
 * @returns an HTML fragment (no <html> or <body>)
 * @throws nothing
 * @example
 * tableToHtml(volumeByType); // => '<div style="font-family:Arial,sans-serif"><p ...><b>Volume of crimes ...'
 */
export function tableToHtml(table: TableModel): string {
  const head = headerLayout(table.headerRows).map((cells) => {
    const ths = cells.map((cell) => {
      const spans =
        (cell.span > 1 ? ` colspan="${cell.span}"` : "") + (cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : "");
      const align = cell.column === 0 ? "left" : "center";
      return `<th${spans} style="${CELL};background:#${HEADER_FILL};font-weight:bold;text-align:${align}">${escapeXml(cell.text)}</th>`;
    });
    return `<tr>${ths.join("")}</tr>`;
  });
  const body = table.rows.map((row) => {
    const weight = row.kind === "data" ? "normal" : "bold";
    const tds = rowTexts(row).map((text, i) => {
      const align = i > 0 && row.cells[i].kind !== "text" ? "right" : "left";
      const fill = cellFill(row.cells[i]);
      const background = fill ? `;background:#${fill}` : "";
      return `<td style="${CELL};text-align:${align};font-weight:${weight}${background}">${escapeXml(text)}</td>`;
    });
    return `<tr>${tds.join("")}</tr>`;
  });
  return [
    `<div style="${FONT}">`,
    `<p style="margin:0 0 4pt 0;font-size:10pt;font-weight:bold;color:#1F4E79">${escapeXml(table.title)}</p>`,
    `<table style="border-collapse:collapse;${FONT};font-size:9pt">`,
    `<thead>${head.join("")}</thead>`,
    `<tbody>${body.join("")}</tbody>`,
    "</table>",
    ...linesUnder(table).map(
      ({ text, italic }) =>
        `<p style="margin:2pt 0 0 0;font-size:8pt${italic ? ";font-style:italic" : ""}">${escapeXml(text)}</p>`,
    ),
    "</div>",
  ].join("");
}

/** The notes, dropped-rows line and source line, in that order, skipping blanks. */
function linesUnder(table: TableModel): { text: string; italic: boolean }[] {
  const lines = [...table.notes, droppedLine(table.dropped)].map((text) => ({ text, italic: false }));
  lines.push({ text: table.source, italic: true });
  return lines.filter((line) => line.text !== "");
}

/** Re-exported so `tableToHtml` and its plain-text twin come from one module, as the task pane expects. */
export { tableToText } from "./table-text";
