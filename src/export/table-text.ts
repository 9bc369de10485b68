import { linesUnderTable } from "./lines-under-table";
import type { TableModel } from "../core/tables";
import { rowTexts } from "./row-texts";

/**
 * One table as tab-separated plain text: the clipboard's fallback for places that take no HTML (a text
 * editor, an email). Word and Excel turn tab-separated lines into columns. The title comes first, then each
 * header row (a cell spanning n columns is followed by n - 1 empty fields so later columns stay in line),
 * the body rows in the house format (`rowTexts`), a blank line, and the notes, dropped-rows line and source.
 *
 * Missing values: a `null` cell shows "N/A" and its footnote marker. Tabs and line breaks inside a text
 * are replaced by spaces, so they cannot break the columns.
 *
 * @param table the table
 * @returns the text, lines separated by "\n"
 * @throws nothing
 * @example
 * tableToText(volumeByType).split("\n")[3]; // => "Victim based crime\t1214\t11890\t9245\t+2645\t+28.6%"
 */
export function tableToText(table: TableModel): string {
  const clean = (text: string) => text.replace(/[\t\r\n]+/g, " ");
  const header = table.headerRows.map((row) =>
    row.flatMap((cell) => [clean(cell.text), ...Array<string>(Math.max(1, cell.span ?? 1) - 1).fill("")]).join("\t"),
  );
  const body = table.rows.map((row) => rowTexts(row).map(clean).join("\t"));
  const under = linesUnderTable(table).map(clean);
  return [clean(table.title), ...header, ...body, ...(under.length ? ["", ...under] : [])].join("\n");
}
