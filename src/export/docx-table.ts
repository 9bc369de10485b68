import { cellFill } from "../core/house-style";
import { HOUSE_COLOURS } from "../core/house-style";
import {
  AlignmentType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import type { TableModel, TableRow as ModelRow } from "../core/tables";
import { headerLayout, type PlacedHeaderCell } from "./header-layout";
import { narrowHeaderText } from "./narrow-header-text";
import { wordNumberText } from "./word-number-text";
import { rowTexts } from "./row-texts";
import { tableColumns } from "./table-columns";

/** The header rows' shading: the light blue of the assessment's tables. */
export const HEADER_FILL = HOUSE_COLOURS.header;
/** Table text size in half-points (9 pt), so 13 columns fit a landscape page. */
const TABLE_TEXT_SIZE = 18;
/** The cells' left and right margins, in twips. */
const CELL_MARGIN = 80;

/**
 * One TableModel as a Word table, in the house style: header rows shaded, bold and repeated at the top of
 * every page the table runs onto (`tableHeader`), with the model's column spans and blank-below cells
 * merged (see `headerLayout`), long month names written short where a column is too narrow for them
 * (`narrowHeaderText`: "Sep 2024", never "Septem/ber"); numbers right-aligned in the house format
 * (`rowTexts`) with Excel's thousands separators (`wordNumberText`: "13,594", "+2,645"), sub-categories as
 * "- Robbery", subtotal and total rows bold; no row split across a page. The label column gets a wider
 * share of the width, the number columns share the rest equally, and the layout is fixed so Word,
 * LibreOffice and Google Docs draw the same widths.
 *
 * Missing values: a `null` cell shows "N/A" and its footnote marker; a short body row gets empty cells.
 *
 * @param table the table to draw
 * @param textWidth the width between the page margins, in twips (1/20 pt)
 * @returns the docx Table
 * @throws nothing
 * @example
 * docxTable(violentCrimeByDistrict, 9638); // a portrait A4 page with 2 cm margins
 */
export function docxTable(table: TableModel, textWidth: number): Table {
  const widths = columnWidths(tableColumns(table), textWidth);
  const placed = headerLayout(table.headerRows);
  // One form of month name across the header: if any cell needs the short form, every cell takes it.
  const short = placed
    .flat()
    .some(
      (c) => narrowHeaderText(c.text, spanWidth(widths, c.column, c.span), TABLE_TEXT_SIZE, 2 * CELL_MARGIN) !== c.text,
    );
  const header = placed.map((cells) =>
    headerRow(
      cells.map((c) => (short ? { ...c, text: narrowHeaderText(c.text, 0, TABLE_TEXT_SIZE, 0) } : c)),
      widths,
    ),
  );
  const body = table.rows.map((row) => bodyRow(row, widths));
  return new Table({
    rows: [...header, ...body],
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { top: 30, bottom: 30, left: CELL_MARGIN, right: CELL_MARGIN },
  });
}

/** The label column a third of a narrow table (a fifth of a wide one); the rest shared equally. */
function columnWidths(count: number, textWidth: number): number[] {
  if (count <= 1) return [textWidth];
  const label = Math.round(textWidth * (count > 7 ? 0.2 : 0.32));
  const other = Math.floor((textWidth - label) / (count - 1));
  return [label, ...Array<number>(count - 1).fill(other)];
}

function spanWidth(widths: number[], column: number, span: number): number {
  return widths.slice(column, column + span).reduce((a, b) => a + b, 0);
}

function headerRow(cells: PlacedHeaderCell[], widths: number[]): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: cells.map(
      (cell) =>
        new TableCell({
          columnSpan: cell.span > 1 ? cell.span : undefined,
          rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
          width: { size: spanWidth(widths, cell.column, cell.span), type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, color: "auto", fill: HEADER_FILL },
          verticalAlign: VerticalAlign.BOTTOM,
          children: [cellParagraph(cell.text, cell.column === 0 ? AlignmentType.LEFT : AlignmentType.CENTER, true)],
        }),
    ),
  });
}

function bodyRow(row: ModelRow, widths: number[]): TableRow {
  const texts = rowTexts(row);
  const bold = row.kind !== "data";
  return new TableRow({
    cantSplit: true,
    children: widths.map((width, i) => {
      const numeric = i > 0 && row.cells[i] !== undefined && row.cells[i].kind !== "text";
      const fill = cellFill(row.cells[i]);
      return new TableCell({
        width: { size: width, type: WidthType.DXA },
        ...(fill ? { shading: { type: ShadingType.CLEAR, color: "auto", fill } } : {}),
        children: [
          cellParagraph(
            numeric ? wordNumberText(texts[i] ?? "", row.cells[i].kind) : (texts[i] ?? ""),
            numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
            bold,
          ),
        ],
      });
    }),
  });
}

function cellParagraph(
  text: string,
  alignment: (typeof AlignmentType)[keyof typeof AlignmentType],
  bold: boolean,
): Paragraph {
  return new Paragraph({
    alignment,
    spacing: { before: 0, after: 0 },
    children: [new TextRun({ text, bold, size: TABLE_TEXT_SIZE })],
  });
}
