import { InputError } from "..";
import { optionRef } from "..";
import type { PartnerCell } from "../cells";
import { shareOf } from "../change";
import { percentChange } from "../change";
import { inSentence } from "../change";
import { forceKey } from "./force-key";
import { nameKey } from "./name-key";
import { outcomeGroups } from "./outcome-groups";
import type { OutcomeCounts } from "./outcome-counts";
import { outcomeRecordCounts } from "./outcome-record-counts";
import { outcomeTableCounts } from "./outcome-table-counts";
import { sheetName } from "../house-style";
import type { HeaderCell, ShareFigures, TableCell, TableModel, TableRow } from "./table-model";

type Matrix = readonly (readonly unknown[])[];

export interface OutcomesOptions {
  /** police.uk outcomes rows (a header with "Outcome type"), or a partner's counts by force and period. */
  table: Matrix;
  /** police.uk street rows, the recorded crimes the outcomes are of; needed with outcomes rows. */
  crimes?: Matrix | null;
  /** The crime type counted, in the street file's words ("Violence and sexual offences"); default all crime. */
  category?: string | null;
  /** The outcome groups (Outcome type, Group); default the seed's five (`SEED_OUTCOME_GROUPS`). */
  outcomeGroups?: Matrix | null;
  /** The groups shown, in order; default every group. */
  outcomes?: readonly string[] | null;
  /** The forces shown, in order (the most similar group); default every force, in the order met. */
  forces?: readonly string[] | null;
  endMonth?: number | null;
  years?: number | null;
  periodMonths?: number | null;
  /** Each group's count shown beside its %: "shown" or "none" (default, the seed's layout). */
  outcomeCounts?: string | null;
  decimals?: number | null;
  title?: string | null;
}

/**
 * Recipe `outcomes` (seed 3.1's most similar group table): per force, its recorded crimes in each
 * period and the share of them with an outcome of each group (charge/summons, caution, community
 * resolution, ...), as "Charge/Summons 2017, 2016". Made from police.uk outcomes files joined by Crime
 * ID to the street files of the crimes (`outcomeRecordCounts`), or from a partner's counts
 * (`outcomeTableCounts`). The share is of recorded crimes, rounded half away from zero.
 *
 * Missing values: a held-back or n/a count stays so, with its share; a force with no crimes in a period
 * has n/a shares there, never 0%.
 *
 * @param options the data and what to show
 * @returns the table
 * @throws {InputError} when outcome rows come without their street rows, or a force or group asked for
 *   is not in the data, or either reader refuses
 * @example
 * outcomesTable({ table: msgCounts, forces: ["Kent", "Essex"] }); // seed 3.1
 */
export function outcomesTable(options: OutcomesOptions): TableModel {
  const counts = countsOf(options);
  const forces = chosen(counts.forces, options.forces, forceKey, "forces", "forces");
  const groups = chosen(counts.groups, options.outcomes, nameKey, "outcomes", "outcome groups");
  const decimals = options.decimals ?? 1;
  const withCounts = (options.outcomeCounts ?? "").trim().toLowerCase() === "shown";
  const periods = counts.periods;
  const base = counts.baseLabel;
  const top: HeaderCell[] = [
    { text: "Force" },
    { text: base, span: periods.length },
    ...groups.map((g) => ({ text: g, span: periods.length * (withCounts ? 2 : 1) })),
  ];
  const second: HeaderCell[] = [
    { text: "" },
    ...periods.map((p) => ({ text: p.label })),
    ...groups
      .flatMap(() => periods.flatMap((p) => (withCounts ? [`${p.label} n`, `${p.label} %`] : [p.label])))
      .map((text) => ({ text })),
  ];
  const rows = forces.map((force) => forceRow(force, groups, counts, decimals, withCounts));
  const title = options.title ?? `Outcomes as a % of ${inSentence(base)}`;
  return {
    recipe: "outcomes",
    title,
    sheetName: sheetName(options.title ?? "Outcomes"),
    headerRows: [top, second],
    rows,
    notes: [
      `Each outcome's share is of the force's ${inSentence(base)} in the period; a crime counts once in each group it reached.`,
      ...counts.notes,
    ],
    source: counts.source,
    subject: {
      noun: "crimes",
      ...(periods.every((p) => p.first !== undefined)
        ? { periods: periods.map((p) => ({ first: p.first as number, last: p.last as number })) }
        : {}),
    },
  };
}

function countsOf(options: OutcomesOptions): OutcomeCounts {
  const header = (options.table[0] ?? []).map((h) => nameKey(h));
  if (!header.includes("outcome type")) return outcomeTableCounts(options.table);
  if (!options.crimes)
    throw new InputError(
      `The outcomes file gives each crime's outcome but not the crimes: give the police.uk street files of the same force and months as ${optionRef("crimes")}, so each outcome is a share of the crimes recorded.`,
    );
  return outcomeRecordCounts({
    outcomes: options.table,
    crimes: options.crimes,
    groups: outcomeGroups(options.outcomeGroups),
    category: options.category,
    endMonth: options.endMonth,
    years: options.years,
    periodMonths: options.periodMonths,
  });
}

/** The names asked for, in their order, as the data spell them; every name in the data when none. */
function chosen(
  held: string[],
  asked: readonly string[] | null | undefined,
  key: (name: string) => string,
  option: string,
  what: string,
): string[] {
  if (!asked || asked.length === 0) return held;
  return asked.map((name) => {
    const found = held.find((h) => key(h) === key(name));
    if (found === undefined)
      throw new InputError(
        `"${name}" (${optionRef(option)}) is not among the ${what} of the data: ${held.map((h) => `"${h}"`).join(", ")}.`,
      );
    return found;
  });
}

function forceRow(
  force: string,
  groups: string[],
  counts: OutcomeCounts,
  decimals: number,
  withCounts: boolean,
): TableRow {
  const bases = counts.bases.get(force) as PartnerCell[];
  const cells: TableCell[] = [{ kind: "text", value: force }, ...bases.map((b) => shown(b, "count", 0))];
  const shares: ShareFigures[] = groups.map((group) => {
    const parts = counts.parts.get(force)?.get(group) as PartnerCell[];
    const percents = parts.map((part, p) => shareOf(part, bases[p], decimals));
    parts.forEach((part, p) => {
      if (withCounts) cells.push(shown(part, "count", 0));
      cells.push(shown(percents[p], "percent", decimals));
    });
    return { group, parts: parts.map(numberOf), bases: bases.map(numberOf), percents: percents.map(numberOf) };
  });
  const latest = bases.map(numberOf);
  const change = latest.length > 1 && latest[0] !== null && latest[1] !== null ? latest[0] - latest[1] : null;
  return {
    level: 0,
    kind: "data",
    cells,
    figures: {
      label: force,
      counts: latest,
      change,
      percent: change === null ? null : percentChange(latest[0] as number, latest[1] as number),
      shares,
    },
  };
}

function numberOf(cell: PartnerCell): number | null {
  return cell.kind === "number" ? cell.value : null;
}

function shown(cell: PartnerCell, kind: "count" | "percent", decimals: number): TableCell {
  if (cell.kind === "number") return { kind, value: cell.value, ...(kind === "percent" ? { decimals } : {}) };
  return { kind: "text", value: cell.marker || "n/a" };
}
