import type { TableCell } from "../tables";

/** Number formats of the cell kinds that need no decimals setting. */
const FORMATS: Partial<Record<TableCell["kind"], string>> = {
  count: "#,##0",
  rank: "0",
  change: "+#,##0;-#,##0;0",
  percentChange: "+0.0%;-0.0%;0.0%",
  percent: "0.0%",
};

/**
 * The Excel number format that shows a numeric table cell in the house style while the cell keeps its
 * number, for every writer of Excel cells (the task pane's sheets and the command line's .xlsx): signs
 * on changes (`+#,##0;-#,##0;0`), signed percentages with one decimal (`+0.0%;-0.0%;0.0%`, the value
 * written as a fraction), counts with thousands separators to match the changes beside them, rates and
 * other numbers with the cell's decimals (1 for rates and 2 otherwise by default).
 *
 * Missing values: text cells and `null` values are not numbers; they take "General" here and are
 * written as text by the writers.
 *
 * @param cell the cell
 * @returns the number format
 * @example
 * excelNumberFormat({ kind: "change", value: 2645 }); // => "+#,##0;-#,##0;0"
 * excelNumberFormat({ kind: "rate", value: 68.2 });   // => "0.0"
 */
export function excelNumberFormat(cell: TableCell): string {
  if (cell.kind === "rate" || cell.kind === "number") {
    const decimals = cell.decimals ?? (cell.kind === "rate" ? 1 : 2);
    return decimals > 0 ? `0.${"0".repeat(decimals)}` : "0";
  }
  // A share with its own decimals (seed 5.5 prints whole percentages): "0%".
  if (cell.kind === "percent" && cell.decimals !== undefined)
    return cell.decimals > 0 ? `0.${"0".repeat(cell.decimals)}%` : "0%";
  return FORMATS[cell.kind] ?? "General";
}
