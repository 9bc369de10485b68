import { agreesAtPrecision } from "./agrees-at-precision";
import { asFraction } from "./as-fraction";
import { bestChoice } from "./best-choice";
import { columnAgreement } from "./column-agreement";
import type { CheckColumn, CheckPart, CheckTable, PrintedNumber } from "./check-types";
import { emptyColumnNote } from "./empty-column-note";
import { makeFinding } from "./make-finding";
import { printedLike } from "./printed-like";
import type { RowStructure } from "./row-structure";
import { sumOfParts } from "./sum-of-parts";

/**
 * Recomputes every share (part / whole x 100, "% of all crime") from its count and its whole: the
 * total row's count where the table has one, else the sum of the categories. Which count column a
 * share is of is inferred from the values (the one the printed shares agree with most, in % or as
 * fractions), and the report says which; a share column that is the share of no column in most rows
 * (a survey's answer shares, whose whole is not in the table) is not checked.
 *
 * Missing values: a row whose count is blank or not available, or a whole that is 0 or missing, is
 * not checked.
 *
 * @param table the table as read by readCheckTable
 * @param structure its rows as recognised (for the total)
 * @returns what was read, the findings, and how many cells were checked
 * @throws never
 * @example
 * checkShares(table, rowStructure(table)).recognised; // => ['"% of all crime" is "2017" as a share of the total row "All crime" (...)']
 */
export function checkShares(table: CheckTable, structure: RowStructure): CheckPart {
  const part: CheckPart = { recognised: [], findings: [], checked: 0 };
  const counts = table.columns.filter((c) => c.role === "period" || c.role === "count" || c.role === "rowTotal");
  const totalRow = structure.kinds.lastIndexOf("total");
  const categories = table.rows
    .map((_, r) => r)
    .filter((r) => structure.kinds[r] === "data" && table.rows[r].level === 0);
  // Each count column's whole is worked out once, not again for every row a share is tried on.
  const wholes = new Map(
    counts.map((c) => [
      c,
      totalRow >= 0 ? table.rows[totalRow].cells[c.index].value : sumOfParts(table.rows, categories, c.index),
    ]),
  );
  const wholeOf = (c: CheckColumn) => wholes.get(c) ?? null;
  for (const share of table.columns.filter((c) => c.role === "share")) {
    const empty = emptyColumnNote(table, share);
    if (empty) {
      part.recognised.push(empty);
      continue;
    }
    const tries = [100, 1].flatMap((scale) => counts.map((column) => ({ column, scale })));
    const shareOf = (r: number, t: { column: CheckColumn; scale: number }) => {
      const whole = wholeOf(t.column);
      const count = table.rows[r].cells[t.column.index].value;
      return whole === null || whole === 0 || count === null ? null : (count / whole) * t.scale;
    };
    const best = bestChoice(tries, (t) =>
      columnAgreement(
        table.rows,
        share.index,
        (r) => shareOf(r, t),
        (printed, right) => agreesAtPrecision(atLeast(printed, t.scale), right),
      ),
    );
    if (!best) {
      part.recognised.push(
        `"${share.name}": not checked, as it is not the share of any count column's whole in most rows.`,
      );
      continue;
    }
    const whole =
      totalRow >= 0
        ? `the total row "${table.rows[totalRow].name || `row ${table.rows[totalRow].source + 1}`}"`
        : "the sum of the categories";
    part.recognised.push(
      `"${share.name}" is "${best.choice.column.name}" as a share of ${whole} (it agrees in ${best.agreed} of ${best.tried} rows).`,
    );
    table.rows.forEach((row, r) => {
      const right = shareOf(r, best.choice);
      const printed = row.cells[share.index];
      if (right === null || printed.value === null) return;
      part.checked++;
      if (agreesAtPrecision(atLeast(printed, best.choice.scale), right)) return;
      const text =
        best.choice.scale === 100
          ? printedLike(right, printed, { percent: true })
          : printedLike(right * 100, { ...printed, decimals: Math.max(1, printed.decimals - 2) }, { percent: true });
      part.findings.push(
        makeFinding(
          table,
          r,
          share.index,
          text,
          `${row.cells[best.choice.column.index].value} / ${wholeOf(best.choice.column)} = ${text}`,
        ),
      );
    });
  }
  return part;
}

/** A share held as a fraction (a workbook cell formatted 0.0%) is checked as `asFraction` says. */
function atLeast(printed: PrintedNumber, scale: number): PrintedNumber {
  return scale === 100 ? printed : asFraction(printed);
}
