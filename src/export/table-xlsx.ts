import { cellFill } from "../core/house-style";
import { linesUnderTable } from "./lines-under-table";
import { HOUSE_COLOURS } from "../core/house-style";
import ExcelJS from "exceljs";
import type { TableCell, TableModel } from "../core/tables";
import { headerLayout, type PlacedHeaderCell } from "./header-layout";
import { tableColumns } from "./table-columns";
import { excelNumberFormat } from "../core/house-style";
import { uniqueSheetName } from "../core/house-style";
import { formulaSafeText } from "../core/house-style";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${HOUSE_COLOURS.header}` } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  bottom: { style: "thin" },
  left: { style: "thin" },
  right: { style: "thin" },
};

/**
 * The tables as an .xlsx workbook, one worksheet each (named by `sheetName`): the title above; the
 * header rows filled and bold, merged where a header spans columns or rows; the body with numbers kept
 * as numbers and shown in house style by number formats (`+#,##0;-#,##0;0` for changes,
 * `+0.0%;-0.0%;0.0%` for % changes, which are stored as fractions as Excel expects); "N/A" and its
 * footnote marker where a value is not available; sub-categories as "- Robbery"; subtotal and total
 * rows bold; then the notes, the rows not used and the source line under the table. Texts are written
 * as string cells, never formulas; one that starts like a formula ("- Robbery", "=HYPERLINK(...)",
 * see `formulaSafeText`) also gets the text format "@", so editing the cell in Excel keeps it text.
 *
 * @param tables the tables
 * @returns the workbook's bytes
 * @throws never for valid tables
 * @example
 * await writeFile("table.xlsx", await tablesToXlsx([table]));
 */
export async function tablesToXlsx(tables: TableModel[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Strategic Assessment Toolkit";
  const used: string[] = [];
  for (const table of tables) {
    const name = uniqueSheetName(table.sheetName, used);
    used.push(name);
    writeSheet(workbook.addWorksheet(name), table);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function writeSheet(sheet: ExcelJS.Worksheet, table: TableModel): void {
  sheet.getCell(1, 1).value = table.title;
  sheet.getCell(1, 1).font = { bold: true, size: 12 };
  const top = 3;
  const header = headerLayout(table.headerRows);
  header.forEach((cells, r) => {
    for (const cell of cells) {
      const target = sheet.getCell(top + r, cell.column + 1);
      target.value = cell.text;
      if (formulaSafeText(cell.text) !== cell.text) target.numFmt = "@";
      if (cell.span > 1 || cell.rowSpan > 1)
        sheet.mergeCells(top + r, cell.column + 1, top + r + cell.rowSpan - 1, cell.column + cell.span);
    }
  });
  const columns = Math.max(tableColumns(table), 1);
  for (let r = 0; r < table.headerRows.length; r++) {
    for (let c = 1; c <= columns; c++)
      Object.assign(sheet.getCell(top + r, c), {
        fill: HEADER_FILL,
        font: { bold: true },
        border: THIN,
        alignment: { wrapText: true, vertical: "middle", horizontal: c === 1 ? "left" : "center" },
      });
  }
  let line = top + table.headerRows.length;
  for (const row of table.rows) {
    row.cells.forEach((cell, c) => {
      const target = sheet.getCell(line, c + 1);
      writeCell(target, cell, c === 0 && row.level === 1 ? "- " : "");
      target.border = THIN;
      if (row.kind !== "data") target.font = { bold: true };
      const fill = cellFill(cell);
      if (fill) target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${fill}` } };
    });
    line++;
  }
  const under = linesUnderTable(table);
  under.forEach((text, i) => {
    const target = sheet.getCell(line + 1 + i, 1);
    target.value = text;
    if (formulaSafeText(text) !== text) target.numFmt = "@";
  });
  sheet.columns.forEach((column, i) => (column.width = i === 0 ? 34 : columnWidth(header, i)));
}

function writeCell(target: ExcelJS.Cell, cell: TableCell, prefix: string): void {
  if (cell.value === null) {
    target.value = `N/A${cell.footnote ?? ""}`;
    target.alignment = { horizontal: "right" };
  } else if (typeof cell.value === "string") {
    const text = prefix + cell.value + (cell.footnote ?? "");
    target.value = text;
    if (formulaSafeText(text) !== text) target.numFmt = "@";
  } else {
    const asFraction = cell.kind === "percentChange" || cell.kind === "percent";
    target.value = asFraction ? cell.value / 100 : cell.value;
    target.numFmt = excelNumberFormat(cell);
  }
}

/** A number column wide enough for its longest one-column header ("RY ending Dec 2024") on one line. */
function columnWidth(header: PlacedHeaderCell[][], column: number): number {
  const texts = header.flat().filter((cell) => cell.column === column && cell.span === 1);
  return Math.max(12, ...texts.map((cell) => cell.text.length + 3));
}
