import { numberChange } from "../change";
import { percentChange } from "../change";
import { agreesAtPrecision } from "./agrees-at-precision";
import { asFraction } from "./as-fraction";
import { bestChoice } from "./best-choice";
import { columnAgreement } from "./column-agreement";
import type { CheckColumn, CheckPart, CheckTable, PrintedNumber } from "./check-types";
import { emptyColumnNote } from "./empty-column-note";
import { makeFinding } from "./make-finding";
import { printedLike } from "./printed-like";

type Pair = [number, number];

/**
 * Recomputes every number change (new - old) and % change ((new - old) / old x 100, one decimal,
 * rounded as Excel's ROUND: the toolkit's own numberChange and percentChange) from the two periods it
 * compares. Which two periods a change column compares is read from the values: of the pairs of count
 * columns (newer first, when the headers date them), the one the printed changes agree with most, so
 * a misprinted row cannot mislead it; a % change column takes the number change's pair when that
 * agrees as well. A % change printed as a fraction (0.286 for 28.6%, a workbook value) is compared as
 * one. A change printed where there is none (a % change from 0) and "N/A" printed where there is one
 * are findings too.
 *
 * Missing values: a row where either period is blank or not available is not checked; a blank change
 * cell is not checked.
 *
 * @param table the table as read by readCheckTable
 * @returns what was read, the findings, and how many cells were checked
 * @throws never
 * @example
 * checkChanges(readCheckTable(table26)).findings[0].message;
 * // => 'Row "Violence Against The Person", column "Number change": printed + 725; 4833 - 3390 = +1443.'
 */
export function checkChanges(table: CheckTable): CheckPart {
  const part: CheckPart = { recognised: [], findings: [], checked: 0 };
  const counts = table.columns.filter((c) => c.role === "period" || c.role === "count");
  const pairs = candidatePairs(counts);
  let numberPair: Pair | null = null;
  for (const column of table.columns.filter((c) => c.role === "numberChange")) {
    const empty = emptyColumnNote(table, column);
    if (empty) {
      part.recognised.push(empty);
      continue;
    }
    const best = bestChoice(pairs, (pair) => score(table, column.index, (a, b) => numberChange(a, b), pair, 1));
    if (!best) {
      part.recognised.push(
        `"${column.name}": not checked, as it is not the difference of any two count columns in most rows.`,
      );
      continue;
    }
    numberPair ??= best.choice;
    part.recognised.push(
      `"${column.name}" is ${pairName(table, best.choice)} (it agrees in ${best.agreed} of ${best.tried} rows).`,
    );
    check(
      table,
      column,
      best.choice,
      1,
      part,
      (a, b) => numberChange(a, b),
      (a, b, text) => `${a} - ${b} = ${text}`,
      { signed: true },
    );
  }
  for (const column of table.columns.filter((c) => c.role === "percentChange")) {
    const empty = emptyColumnNote(table, column);
    if (empty) {
      part.recognised.push(empty);
      continue;
    }
    const ordered = numberPair ? [numberPair, ...pairs.filter((p) => p !== numberPair)] : pairs;
    const tries = [1, 0.01].flatMap((scale) => ordered.map((pair) => ({ pair, scale })));
    const best = bestChoice(tries, (t) => score(table, column.index, percentOf, t.pair, t.scale));
    if (!best) {
      part.recognised.push(
        `"${column.name}": not checked, as it is not the % change between any two count columns in most rows.`,
      );
      continue;
    }
    const { pair, scale } = best.choice;
    part.recognised.push(
      `"${column.name}" is the % change ${pairName(table, pair)}, to the printed decimals rounded as Excel's ROUND${scale === 1 ? "" : ", written as fractions (0.286 for 28.6%)"} (it agrees in ${best.agreed} of ${best.tried} rows).`,
    );
    check(table, column, pair, scale, part, percentOf, (a, b, text) => `(${a} - ${b}) / ${b} = ${text}`, {
      signed: true,
      percent: scale === 1,
    });
  }
  return part;
}

function percentOf(a: number, b: number): number | null {
  return b === 0 ? null : percentChange(a, b, 10);
}

/** Ordered pairs of count columns: newer first where both headers are dated, else either way round. */
function candidatePairs(counts: readonly CheckColumn[]): Pair[] {
  const pairs: Pair[] = [];
  for (const a of counts) {
    for (const b of counts) {
      if (a === b) continue;
      if (a.time !== null && b.time !== null && a.time <= b.time) continue;
      pairs.push([a.index, b.index]);
    }
  }
  return pairs.sort(
    (p, q) => dated(counts, q) - dated(counts, p) || Math.abs(p[0] - p[1]) - Math.abs(q[0] - q[1]) || p[0] - q[0],
  );
}

function dated(counts: readonly CheckColumn[], pair: Pair): number {
  return pair.every((i) => counts.find((c) => c.index === i)?.time !== null) ? 1 : 0;
}

function pairName(table: CheckTable, [a, b]: Pair): string {
  return `"${table.columns[a].name}" - "${table.columns[b].name}"`;
}

function values(cells: readonly PrintedNumber[], [a, b]: Pair): [number, number] | null {
  const x = cells[a].value;
  const y = cells[b].value;
  return x === null || y === null ? null : [x, y];
}

function score(
  table: CheckTable,
  column: number,
  derive: (a: number, b: number) => number | null,
  pair: Pair,
  scale: number,
) {
  const recompute = (r: number): number | null => {
    const ab = values(table.rows[r].cells, pair);
    return ab ? derive(ab[0], ab[1]) : null;
  };
  return columnAgreement(table.rows, column, recompute, (printed, right) =>
    agreesAtPrecision(scale === 1 ? printed : asFraction(printed), right * scale),
  );
}

function check(
  table: CheckTable,
  column: CheckColumn,
  pair: Pair,
  scale: number,
  part: CheckPart,
  derive: (a: number, b: number) => number | null,
  working: (a: number, b: number, text: string) => string,
  style: { signed?: boolean; percent?: boolean },
): void {
  table.rows.forEach((row, r) => {
    const ab = values(row.cells, pair);
    const printed = row.cells[column.index];
    if (!ab || printed.kind === "blank" || printed.kind === "text") return;
    const right = derive(ab[0], ab[1]);
    part.checked++;
    if (right === null) {
      if (printed.value !== null)
        part.findings.push(
          makeFinding(table, r, column.index, "N/A", `there is no % change from ${ab[1]}, so it should be N/A`),
        );
      return;
    }
    const like = scale === 1 ? printed : asFraction(printed);
    if (agreesAtPrecision(like, right * scale)) return;
    const text =
      scale === 1
        ? printedLike(right, printed, style)
        : printedLike(right, { ...like, decimals: like.decimals - 2 }, { ...style, percent: true });
    part.findings.push(
      makeFinding(
        table,
        r,
        column.index,
        text,
        working(ab[0], ab[1], printedLike(right, printed, { ...style, percent: column.role === "percentChange" })),
      ),
    );
  });
}
