import type { TableCell } from "../tables";
import { roundHalfAway } from "../change";

/**
 * The text of a table cell in the assessment's house style, the same in every writer that shows text
 * (Markdown, HTML for Word, the .docx, the playground's grid):
 * - counts and ranks as whole numbers without separators, as the seed prints them: "13594";
 * - changes signed: "+2645", "-3", "0";
 * - percentage changes signed with one decimal: "+28.6%", "-0.6%", "0.0%";
 * - shares with one decimal: "37.8%" (or `decimals` places: "70%"); rates with `decimals` places (default 1); other numbers with
 *   `decimals` places (default 2);
 * - a `null` value as "N/A", followed by the cell's footnote marker ("N/A*").
 *
 * Excel shows the same thing through number formats (`+#,##0;-#,##0;0`, `+0.0%;-0.0%;0.0%`), so the
 * value written to a sheet stays a number.
 *
 * @param cell the cell
 * @returns the text to show
 * @example
 * formatCell({ kind: "percentChange", value: 28.6 }); // => "+28.6%"
 * formatCell({ kind: "change", value: null, footnote: "*" }); // => "N/A*"
 */
export function formatCell(cell: TableCell): string {
  const marker = cell.footnote ?? "";
  if (cell.value === null) return `N/A${marker}`;
  if (typeof cell.value === "string") return cell.value + marker;
  return formatNumber(cell) + marker;
}

function formatNumber(cell: TableCell): string {
  const value = cell.value as number;
  switch (cell.kind) {
    case "change":
      return signed(String(roundHalfAway(value, 0)), value);
    case "percentChange":
      return signed(roundHalfAway(value, 1).toFixed(1), value) + "%";
    case "percent":
      return roundHalfAway(value, cell.decimals ?? 1).toFixed(cell.decimals ?? 1) + "%";
    case "rate":
      return roundHalfAway(value, cell.decimals ?? 1).toFixed(cell.decimals ?? 1);
    case "number":
      return roundHalfAway(value, cell.decimals ?? 2).toFixed(cell.decimals ?? 2);
    default:
      return String(roundHalfAway(value, 0));
  }
}

/** Puts "+" before a positive number's text; negative text already has its "-"; zero has no sign. */
function signed(text: string, value: number): string {
  return value > 0 && Number(text) !== 0 ? `+${text}` : text.replace(/^-(0(\.0+)?)$/, "$1");
}
