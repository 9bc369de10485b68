import { InputError } from "..";
import { partnerCell, type PartnerCell } from "../cells";
import { cellText } from "../cells";
import { periodHeading } from "../periods";
import { nameKey } from "./name-key";
import type { OutcomeCounts } from "./outcome-counts";

type Matrix = readonly (readonly unknown[])[];

const BASE = /^(recorded|number of|all)\b.*\b(crimes|offences)\b|^(recorded )?(crimes|offences)$/;

/**
 * Reads a partner's outcome counts (seed 3.1's MSG table as a force's analyst sends it): one row per force
 * and period, the force in the first column, a Period column when there is more than one period, a column
 * of recorded crimes ("Recorded crimes", "Recorded VATP crimes", "Number of offences") and a column of
 * counts per outcome group ("Charge/Summons", "Cautions", ...). Periods are shown latest first when their
 * headings are periods ("2017", "2016/17", "Year ending March 2017"), else in the order given.
 *
 * Missing values: a held-back count ("*") or "n/a" stays so, and its share with it; never 0.
 *
 * @param table the partner's table, header row first
 * @returns the counts
 * @throws {InputError} when there is no recorded crimes column or more than one, no outcome column, a
 *   force and period given twice, a cell that is not a count, or an outcome count above its crimes
 * @example
 * outcomeTableCounts([["Force", "Period", "Recorded crimes", "Charge/Summons"], ["Kent", "2017", 51637, 4854]]);
 */
export function outcomeTableCounts(table: Matrix): OutcomeCounts {
  const header = (table[0] ?? []).map(cellText);
  const bases = header.map((h, at) => ({ h, at })).filter((c) => c.at > 0 && BASE.test(nameKey(c.h)));
  if (bases.length !== 1)
    throw new InputError(
      bases.length === 0
        ? `The outcomes table has no column of recorded crimes (headed "Recorded crimes", or "Recorded ... crimes"); its columns are ${listed(header)}.`
        : `The outcomes table has ${bases.length} columns that could be the recorded crimes: ${listed(bases.map((b) => b.h))}; keep one.`,
    );
  const periodAt = header.findIndex((h, at) => at > 0 && ["period", "year"].includes(nameKey(h)));
  const groupAt = header
    .map((h, at) => ({ h, at }))
    .filter((c) => c.at > 0 && c.at !== periodAt && c.at !== bases[0].at && c.h !== "");
  if (groupAt.length === 0)
    throw new InputError("The outcomes table has no column of outcome counts beside its crimes.");
  const body = table
    .slice(1)
    .map((row, r) => ({ row, number: r + 2 }))
    .filter(({ row }) => row.some((c) => cellText(c) !== ""));
  const labels = [...new Set(body.map(({ row }) => (periodAt >= 0 ? cellText(row[periodAt]) : "")))];
  const periods = orderedPeriods(labels);
  const forces: string[] = [];
  const baseCells = new Map<string, PartnerCell[]>();
  const parts = new Map<string, Map<string, PartnerCell[]>>();
  const given = new Set<string>();
  for (const { row, number } of body) {
    const force = cellText(row[0]);
    const period = periods.findIndex((p) => p.label === (periodAt >= 0 ? cellText(row[periodAt]) : ""));
    if (!forces.includes(force)) {
      forces.push(force);
      baseCells.set(
        force,
        periods.map(() => ({ kind: "notApplicable", marker: "n/a" })),
      );
      parts.set(
        force,
        new Map(groupAt.map((g) => [g.h, periods.map(() => ({ kind: "notApplicable", marker: "n/a" }))])),
      );
    }
    const base = baseCells.get(force) as PartnerCell[];
    if (given.has(`${force}\t${period}`))
      throw new InputError(
        `The outcomes table gives ${force}${periods[period].label ? `, ${periods[period].label},` : ""} twice (row ${number}).`,
      );
    given.add(`${force}\t${period}`);
    base[period] = count(row[bases[0].at], number, bases[0].h);
    for (const g of groupAt) {
      const cell = count(row[g.at], number, g.h);
      const b = base[period];
      if (cell.kind === "number" && b.kind === "number" && cell.value > b.value)
        throw new InputError(
          `The outcomes table, row ${number}: ${cell.value} crimes with the outcome "${g.h}" is more than the ${b.value} recorded crimes ("${bases[0].h}"), so it cannot be a share of them.`,
        );
      (parts.get(force)?.get(g.h) as PartnerCell[])[period] = cell;
    }
  }
  return {
    periods,
    forces,
    baseLabel: bases[0].h,
    groups: groupAt.map((g) => g.h),
    bases: baseCells,
    parts,
    notes: [],
    source: "Source: partner's table",
  };
}

function orderedPeriods(labels: string[]): { label: string; first?: number; last?: number }[] {
  const read = labels.map((label) => ({ label, ...periodHeading(label) }));
  if (read.every((p) => p.last !== undefined)) return read.sort((a, b) => (b.last as number) - (a.last as number));
  return read.map(({ label }) => ({ label }));
}

function count(value: unknown, row: number, column: string): PartnerCell {
  const cell = partnerCell(value);
  if (cell.kind === "notApplicable" && !["", "n/a", "na", "not applicable"].includes(cell.marker.toLowerCase()))
    throw new InputError(
      `The outcomes table, row ${row}, column "${column}": "${cell.marker}" is not a count; write * for a count held back or n/a for none.`,
    );
  return cell;
}

function listed(names: string[]): string {
  return names.map((n) => `"${n}"`).join(", ");
}
