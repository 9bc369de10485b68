import { rankAscending } from "../change";
import { ordinal } from "../findings";
import { bestChoice } from "./best-choice";
import type { CheckColumn, CheckPart, CheckTable } from "./check-types";
import { emptyColumnNote } from "./empty-column-note";
import { makeFinding } from "./make-finding";
import type { RowStructure } from "./row-structure";

/** Columns a rank may rank, most likely first (a tie in agreement goes to the earlier). */
const RANKED_ROLES = ["rate", "percentChange", "numberChange", "share", "period", "count", "rowTotal", "other"];

/** Columns in order of preference: by role, then the latest dated first (a table ranks its latest figures). */
function preferred(columns: readonly CheckColumn[]): CheckColumn[] {
  return RANKED_ROLES.flatMap((role) =>
    columns
      .filter((c) => c.role === role)
      .sort((a, b) => (b.time ?? -Infinity) - (a.time ?? -Infinity) || a.index - b.index),
  );
}

interface Basis {
  column: CheckColumn;
  /** 1: 1 = lowest; -1: 1 = highest. */
  direction: 1 | -1;
}

/**
 * Recomputes every rank: competition ranking (ties share the better rank and the next rank is
 * skipped, as Excel's RANK.EQ), over the rows that print a rank, subtotals and totals left out. The
 * column ranked and the direction are inferred, not assumed: the first number column, in order of
 * preference (rates, % changes, changes, shares, counts; the latest dated first), that more than half
 * the printed ranks agree with, lowest first or highest first, whichever agrees more (the seed's 2.5 ranks the 2017 rate from the
 * lowest; its 4.1 the % difference from the largest fall), and the report says which; when another
 * column fits the printed ranks better, the report says that too (2.5's ranks fit its 2016 rates). Ranks are
 * worked out from the printed values; where they tie at the printed precision, any printed order
 * among the tied rows is accepted, since the unrounded values may differ.
 *
 * Missing values: a row with no printed rank is not ranked (the toolkit leaves unknown areas
 * unranked); a ranked row whose ranked value is blank or not available is left out of the ranking.
 *
 * @param table the table as read by readCheckTable
 * @param structure its rows as recognised (for the subtotals and totals)
 * @returns what was read, the findings, and how many cells were checked
 * @throws never
 * @example
 * checkRanks(table25, rowStructure(table25)).recognised[0];
 * // => '"County Ranking" ranks "2017 rate per 1,000 pop." from the lowest (1 = lowest; it agrees in 10 of 12 rows).'
 */
export function checkRanks(table: CheckTable, structure: RowStructure): CheckPart {
  const part: CheckPart = { recognised: [], findings: [], checked: 0 };
  const ranked = table.rows.map((_, r) => r).filter((r) => structure.kinds[r] === "data");
  for (const rank of table.columns.filter((c) => c.role === "rank")) {
    const empty = emptyColumnNote(table, rank);
    if (empty) {
      part.recognised.push(empty);
      continue;
    }
    const rows = ranked.filter((r) => table.rows[r].cells[rank.index].value !== null);
    const bases: Basis[] = preferred(table.columns).flatMap((column) => [
      { column, direction: 1 as const },
      { column, direction: -1 as const },
    ]);
    const scores = new Map<Basis, { tried: number; agreed: number }>();
    const scoreOf = (basis: Basis) =>
      scores.get(basis) ?? (scores.set(basis, scoreFresh(basis)).get(basis) as { tried: number; agreed: number });
    const scoreFresh = (basis: Basis) => {
      const ranks = ranksBy(table, rows, basis);
      return {
        tried: ranks.size,
        agreed: [...ranks].filter(([r, range]) => within(table.rows[r].cells[rank.index].value as number, range))
          .length,
      };
    };
    // The first basis in order of preference that most printed ranks agree with: a table ranks its
    // latest rate, though an older column may happen to fit the printed ranks better (seed 2.5).
    const majority = (choice: ReturnType<typeof bestChoice<Basis>>) =>
      choice && choice.agreed * 2 > choice.tried ? choice : null;
    const columns = [...new Set(bases.map((b) => b.column))];
    const best =
      columns
        .map((column) =>
          majority(
            bestChoice(
              bases.filter((b) => b.column === column),
              scoreOf,
            ),
          ),
        )
        .find((choice) => choice !== null) ?? null;
    const closest = bestChoice(bases, scoreOf);
    if (!best) {
      part.recognised.push(
        `"${rank.name}": not checked, as it does not rank any column (lowest or highest first) in most rows.`,
      );
      continue;
    }
    const { column, direction } = best.choice;
    const change = column.role === "numberChange" || column.role === "percentChange";
    const one = direction === 1 ? (change ? "the largest fall" : "lowest") : change ? "the largest rise" : "highest";
    part.recognised.push(
      `"${rank.name}" ranks "${column.name}" from the ${direction === 1 ? "lowest" : "highest"} (1 = ${one}; it agrees in ${best.agreed} of ${best.tried} rows; ties share a rank; subtotals and totals are not ranked).`,
    );
    if (closest && closest.agreed > best.agreed) {
      part.recognised.push(
        `The printed "${rank.name}" agrees in ${closest.agreed} of ${closest.tried} rows with a ranking of "${closest.choice.column.name}" from the ${closest.choice.direction === 1 ? "lowest" : "highest"}: were the ranks left from that column?`,
      );
    }
    const ranks = ranksBy(table, rows, best.choice);
    for (const r of rows) {
      const range = ranks.get(r);
      if (!range) continue;
      part.checked++;
      const printed = table.rows[r].cells[rank.index].value as number;
      if (within(printed, range)) continue;
      const value = table.rows[r].cells[column.index].text;
      const place = range.tied > 1 ? `tied ${ordinal(range.rank)}` : ordinal(range.rank);
      part.findings.push(
        makeFinding(
          table,
          r,
          rank.index,
          String(range.rank),
          `${value} is the ${place} ${direction === 1 ? "lowest" : "highest"} "${column.name}" of the ${ranks.size} ranked rows, so ${range.rank}`,
        ),
      );
    }
  }
  return part;
}

/** The competition rank of each row on the basis, with how many rows share it. */
function ranksBy(
  table: CheckTable,
  rows: readonly number[],
  basis: Basis,
): Map<number, { rank: number; tied: number }> {
  const valued = rows.filter((r) => table.rows[r].cells[basis.column.index].value !== null);
  const values = valued.map((r) => (table.rows[r].cells[basis.column.index].value as number) * basis.direction);
  // Competition ranks ("1, 2, 2, 4") as every table the toolkit makes ranks; rows sharing a rank are counted.
  const ranks = rankAscending(values) as number[];
  const sharing = new Map<number, number>();
  for (const rank of ranks) sharing.set(rank, (sharing.get(rank) ?? 0) + 1);
  return new Map(valued.map((row, k) => [row, { rank: ranks[k], tied: sharing.get(ranks[k]) as number }]));
}

function within(printed: number, range: { rank: number; tied: number }): boolean {
  return printed >= range.rank && printed <= range.rank + range.tied - 1 && Number.isInteger(printed);
}
