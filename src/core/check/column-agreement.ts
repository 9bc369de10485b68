import type { CheckRow, PrintedNumber } from "./check-types";

/**
 * How many rows a candidate source of a derived column can be tried on, and in how many the printed cell
 * agrees with the value worked out from that source: the score `bestChoice` ranks candidates by. Every
 * derived column (a change, a rate, a share) is scored the same way, so a misprint in one row never
 * outweighs the rows that agree.
 *
 * Missing values: a row whose printed cell holds no number (blank, "N/A") or whose value cannot be worked
 * out (`recompute` gives null) is not tried.
 *
 * @param rows the table's rows
 * @param column the index of the derived column among the recognised columns
 * @param recompute the value row `r` should hold under the candidate, or null
 * @param agrees whether a printed cell agrees with the recomputed value (usually `agreesAtPrecision`)
 * @returns the rows tried and the rows that agreed
 * @throws never
 * @example
 * columnAgreement(rows, 4, (r) => rows[r].cells[1].value! - rows[r].cells[2].value!, agreesAtPrecision); // => { tried: 12, agreed: 11 }
 */
export function columnAgreement(
  rows: readonly CheckRow[],
  column: number,
  recompute: (r: number) => number | null,
  agrees: (printed: PrintedNumber, right: number) => boolean,
): { tried: number; agreed: number } {
  let tried = 0;
  let agreed = 0;
  for (let r = 0; r < rows.length; r++) {
    const printed = rows[r].cells[column];
    if (printed.value === null) continue;
    const right = recompute(r);
    if (right === null) continue;
    tried++;
    if (agrees(printed, right)) agreed++;
  }
  return { tried, agreed };
}
