import type { DroppedSummary } from "../core/tables";

/**
 * The sentence under a table that says how many input rows were left out and why, so a reader of the
 * Word document sees what the sheet shows: "12 rows of the input were not used: no month (10; first rows
 * 4, 9, 17); unknown area (2; first rows 30, 31)."
 *
 * Missing values: no summary, or one with a total of 0, gives "" (nothing to say).
 *
 * @param dropped the TableModel's dropped-row summary
 * @returns the sentence, or ""
 * @throws nothing
 * @example
 * droppedLine({ total: 1, reasons: [{ reason: "no month", count: 1, firstRows: [4] }] });
 * // => "1 row of the input was not used: no month (1; first row 4)."
 */
export function droppedLine(dropped: DroppedSummary | undefined): string {
  if (!dropped || dropped.total === 0) return "";
  const verb = dropped.total === 1 ? "row of the input was" : "rows of the input were";
  const reasons = dropped.reasons.map(({ reason, count, firstRows }) => {
    const rows =
      firstRows.length === 0 ? "" : `; first ${firstRows.length === 1 ? "row" : "rows"} ${firstRows.join(", ")}`;
    return `${reason} (${count}${rows})`;
  });
  return `${dropped.total} ${verb} not used: ${reasons.join("; ")}.`;
}
