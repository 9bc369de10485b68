import type { TableCell } from "../core/tables";

/** Kinds Excel shows with a thousands separator (`#,##0`, `+#,##0;-#,##0;0`, and decimals numbers). */
const GROUPED: ReadonlySet<TableCell["kind"]> = new Set(["count", "change", "number", "rate"]);

/**
 * A cell's house-style text (`formatCell`, "+2645", "13594") with the thousands separators Excel's number
 * formats show ("+2,645", "13,594"), so a Word table reads as the workbook does and as the findings under it
 * ("from 10,271 crimes to 13,594 crimes"). Percentages and ranks are left as they are, as in Excel. Only the
 * whole-number part of the figure is grouped; a footnote mark after it stays where it is.
 *
 * Missing values: "N/A" and any text without a run of digits come back unchanged.
 *
 * @param text the cell's text as `formatCell` writes it
 * @param kind the cell's kind
 * @returns the text with separators
 * @throws never
 * @example
 * wordNumberText("+2645", "change"); // => "+2,645"
 * wordNumberText("1118.8", "number"); // => "1,118.8"
 * wordNumberText("+1404.5%", "percentChange"); // => "+1404.5%"
 */
export function wordNumberText(text: string, kind: TableCell["kind"]): string {
  if (!GROUPED.has(kind)) return text;
  return text.replace(
    /^([+-]?)(\d{4,})/,
    (_, sign: string, digits: string) => sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ","),
  );
}
