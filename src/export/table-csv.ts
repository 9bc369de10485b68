import type { TableCell, TableModel, TableRow } from "../core/tables";
import { formatCell } from "../core/house-style";
import { formulaSafeText } from "../core/house-style";
import { singleHeaderRow } from "./single-header-row";

/**
 * A table as CSV for other programs (issue 6's contract, issue 22 item 7): one header row; then one line
 * per body row, the first column the row label as plain data (a sub-category is "Robbery", not "- Robbery");
 * plain numbers without signs or thousands separators; percentages (% change, shares) with one decimal;
 * rates and other numbers with the cell's decimals; an empty field where a value is not available. A
 * table with sub-categories gets a last column "Group": for a sub-category the group it is part of (the
 * category row above it, whose counts already include it), empty for every other row, so pandas, R and
 * Excel read the hierarchy without any mark to strip. Footnote markers, notes and the source line are
 * left out, so every line has the same columns (`main` prints the notes on standard error). Lines end in
 * CRLF and fields holding a comma, quote or line break are quoted (RFC 4180). A text field that a
 * spreadsheet could read as a formula (a crime type "=HYPERLINK(...)") starts with an apostrophe
 * (`formulaSafeText`); labels of the toolkit's own rows no longer start with "- ", so they need none.
 * Markdown and Word keep the indented "- Robbery" look (`rowTexts`).
 *
 * @param table the table
 * @returns the CSV text
 * @throws never
 * @example
 * tableToCsv(rollingYearTable); // => "Crime type,October 2017,...,Group\r\nViolent crime,1234,...,\r\nRobbery,...,Violent crime\r\n"
 */
export function tableToCsv(table: TableModel): string {
  const grouped = table.rows.some((row) => row.level === 1);
  const header = singleHeaderRow(table.headerRows).map(formulaSafeText);
  const lines = [grouped ? [...header, "Group"] : header];
  let group = "";
  for (const row of table.rows) {
    const fields = rowFields(row);
    if (row.level === 0) group = fields[0] ?? "";
    lines.push(grouped ? [...fields, row.level === 1 ? group : ""] : fields);
  }
  return lines.map((fields) => fields.map(quoted).join(",")).join("\r\n") + "\r\n";
}

/** The fields of a row: texts made formula-safe, numbers as they are ("-3" is a number, never a formula). */
function rowFields(row: TableRow): string[] {
  return row.cells.map((cell) => (typeof cell.value === "string" ? formulaSafeText(plain(cell)) : plain(cell)));
}

/** A number as the house style rounds it (`formatCell`), without the "+", "%" and footnote marker other programs would misread. */
function plain(cell: TableCell): string {
  if (cell.value === null) return "";
  if (typeof cell.value === "string") return cell.value;
  const text = formatCell({ ...cell, footnote: undefined })
    .replace(/^\+/, "")
    .replace(/%$/, "");
  return /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
}

function quoted(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
