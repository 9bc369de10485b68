import type { TableCell, TableModel, TableRow } from "../core/tables/table-model";
import { formatCell } from "../core/tables/format-cell";
import { formulaSafeText } from "../core/tables/formula-safe-text";
import { singleHeaderRow } from "./single-header-row";

/**
 * A table as CSV for other programs (issue 6's contract): one header row; then one line per body row,
 * the first column the row label as the table shows it ("- Robbery" for a sub-category); plain numbers
 * without signs or thousands separators; percentages (% change, shares) with one decimal; rates and
 * other numbers with the cell's decimals; an empty field where a value is not available. Footnote
 * markers, notes and the source line are left out, so every line has the same columns (`main` prints
 * the notes on standard error). Lines end in CRLF and fields holding a comma, quote or line break are
 * quoted (RFC 4180). Every text field that a spreadsheet could read as a formula (a crime type
 * "=HYPERLINK(...)", the sub-category "- Robbery") starts with an apostrophe (`formulaSafeText`), so
 * Excel opens it as text: the sub-category is written "'- Robbery".
 *
 * @param table the table
 * @returns the CSV text
 * @throws never
 * @example
 * tableToCsv(rollingYearTable); // => "Crime type,October 2017,...\r\nVictim based crime,1234,...\r\n"
 */
export function tableToCsv(table: TableModel): string {
  const lines = [singleHeaderRow(table.headerRows).map(formulaSafeText), ...table.rows.map(rowFields)];
  return lines.map((fields) => fields.map(quoted).join(",")).join("\r\n") + "\r\n";
}

function rowFields(row: TableRow): string[] {
  return row.cells.map((cell, i) => {
    const text = i === 0 && row.level === 1 ? `- ${plain(cell)}` : plain(cell);
    return typeof cell.value === "string" ? formulaSafeText(text) : text;
  });
}

/** A number as the house style rounds it (`formatCell`), without the "+", "%" and footnote marker other programs would misread. */
function plain(cell: TableCell): string {
  if (cell.value === null) return "";
  if (typeof cell.value === "string") return cell.value;
  const text = formatCell({ ...cell, footnote: undefined }).replace(/^\+/, "").replace(/%$/, "");
  return /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
}

function quoted(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
