import { InputError } from "..";
import { optionRef } from "..";
import { cellText } from "../cells";
import { policeMonth } from "../periods";
import { monthLabel } from "../periods";
import { windowLabel } from "../periods";
import { findColumn } from "./find-column";
import { nameKey } from "./name-key";
import type { OutcomeGroups } from "./outcome-groups";
import type { OutcomeCounts } from "./outcome-counts";
import { forceKey } from "./force-key";

type Matrix = readonly (readonly unknown[])[];

export interface OutcomeRecordOptions {
  /** police.uk street rows: the recorded crimes (Crime ID, Month, Falls within, Crime type). */
  crimes: Matrix;
  /** police.uk outcomes rows (Crime ID, Outcome type). */
  outcomes: Matrix;
  groups: OutcomeGroups;
  /** The crime type counted ("Violence and sexual offences"); null for every crime. */
  category?: string | null;
  endMonth?: number | null;
  /** Periods shown (default 2) of `periodMonths` months each (default 12). */
  years?: number | null;
  periodMonths?: number | null;
}

interface Crime {
  force: string;
  period: number;
}

/**
 * Counts, by force and period, the recorded crimes of police.uk street files and those of them with an
 * outcome of each group in police.uk outcomes files, joined by Crime ID: a crime is in the period it was
 * recorded, whatever month its outcome came, and counts once in a group however many of its outcomes
 * the group takes. Crimes are counted by distinct Crime ID (police.uk files repeat some crimes).
 *
 * Missing values: street rows without a Crime ID (anti-social behaviour) are not crimes; outcome rows of
 * crimes not counted (other months, types or forces) are left out; each is counted in the notes.
 *
 * @param options the two files, the groups and the periods
 * @returns the counts
 * @throws {InputError} when a column is missing, the category is not in the street rows, or the street rows
 *   do not cover every month of a period
 * @example
 * outcomeRecordCounts({ crimes: street, outcomes, groups: outcomeGroups(null), periodMonths: 1, years: 1 });
 */
export function outcomeRecordCounts(options: OutcomeRecordOptions): OutcomeCounts {
  const { crimes, outcomes, groups } = options;
  const street = "The recorded crimes (police.uk street file)";
  const at = {
    id: findColumn(crimes[0] ?? [], ["crime id"], street),
    month: findColumn(crimes[0] ?? [], ["month"], street),
    force: findColumn(crimes[0] ?? [], ["falls within", "reported by"], street),
    type: findColumn(crimes[0] ?? [], ["crime type"], street),
  };
  const rows = crimes.slice(1).map((r) => ({
    id: cellText(r[at.id]),
    month: policeMonth(cellText(r[at.month])),
    force: cellText(r[at.force]),
    type: cellText(r[at.type]),
  }));
  const months = new Set(rows.map((r) => r.month).filter((m) => m >= 0));
  if (months.size === 0) throw new InputError(`${street} has no rows with a YYYY-MM month.`);
  const length = options.periodMonths ?? 12;
  const end = options.endMonth ?? Math.max(...months);
  const periods = Array.from({ length: options.years ?? 2 }, (_, k) => {
    const last = end - k * length;
    return { first: last - length + 1, last };
  });
  checkCovered(periods, months, street);
  const category = options.category && nameKey(options.category) !== "all crime" ? nameKey(options.category) : null;
  if (category !== null && !rows.some((r) => nameKey(r.type) === category)) {
    const types = [...new Set(rows.map((r) => r.type))].filter((t) => t !== "");
    throw new InputError(
      `${street} has no crimes of type "${options.category}" (${optionRef("category")}); its crime types are ${types.map((t) => `"${t}"`).join(", ")}.`,
    );
  }
  const byId = new Map<string, Crime>();
  const forces: string[] = [];
  let noId = 0;
  let repeated = 0;
  for (const row of rows) {
    if (row.id === "") {
      noId++;
      continue;
    }
    const period = periods.findIndex((p) => row.month >= p.first && row.month <= p.last);
    if (period < 0 || (category !== null && nameKey(row.type) !== category)) continue;
    if (byId.has(row.id)) {
      repeated++;
      continue;
    }
    if (!forces.some((f) => forceKey(f) === forceKey(row.force))) forces.push(row.force);
    byId.set(row.id, { force: forces.find((f) => forceKey(f) === forceKey(row.force)) as string, period });
  }
  const joined = joinOutcomes(outcomes, byId, groups);
  const bases = new Map(forces.map((f) => [f, periods.map(() => 0)]));
  for (const crime of byId.values()) (bases.get(crime.force) as number[])[crime.period]++;
  const notes = [
    `Crimes are counted once each by Crime ID, in the month they were recorded${category ? `, of type ${options.category}` : ""}.`,
    ...(repeated > 0 ? [`${repeated} street rows repeat a Crime ID already counted and are counted once.`] : []),
    ...(noId > 0 ? [`${noId} street rows without a Crime ID (anti-social behaviour) are not crimes.`] : []),
    ...joined.notes,
  ];
  return {
    periods: periods.map((p) => ({ label: windowLabel(p), ...p })),
    forces,
    baseLabel: category ? `Recorded crimes (${options.category})` : "Recorded crimes",
    groups: groups.names,
    bases: new Map([...bases].map(([f, counts]) => [f, counts.map((value) => ({ kind: "number" as const, value }))])),
    parts: new Map(
      forces.map((f) => [
        f,
        new Map(
          groups.names.map((g) => [
            g,
            periods.map((_, p) => ({ kind: "number" as const, value: joined.counts.get(`${f}\t${p}\t${g}`) ?? 0 })),
          ]),
        ),
      ]),
    ),
    notes,
    source:
      "Source: police.uk street-level crime and outcomes files. Contains public sector information licensed under the Open Government Licence v3.0.",
  };
}

function checkCovered(periods: { first: number; last: number }[], months: Set<number>, street: string): void {
  for (const period of periods) {
    const missing: number[] = [];
    for (let m = period.first; m <= period.last; m++) if (!months.has(m)) missing.push(m);
    if (missing.length > 0)
      throw new InputError(
        `${street} does not cover ${windowLabel(period)}: it has no rows for ${missing.map(monthLabel).join(", ")}. Give the street files of those months, or choose the periods with ${optionRef("endMonth")}, ${optionRef("years")} and ${optionRef("periodMonths")}.`,
      );
  }
}

/** The distinct crimes of each force, period and group, from the outcome rows of crimes counted. */
function joinOutcomes(
  outcomes: Matrix,
  byId: Map<string, Crime>,
  groups: OutcomeGroups,
): { counts: Map<string, number>; notes: string[] } {
  const what = "The outcomes (police.uk outcomes file)";
  const id = findColumn(outcomes[0] ?? [], ["crime id"], what);
  const type = findColumn(outcomes[0] ?? [], ["outcome type"], what);
  const month = findColumn(outcomes[0] ?? [], ["month"], what, false);
  const seen = new Set<string>();
  const counts = new Map<string, number>();
  const ungrouped = new Map<string, number>();
  let earliest = Infinity;
  let latest = -Infinity;
  let unmatched = 0;
  for (const row of outcomes.slice(1)) {
    const crime = byId.get(cellText(row[id]));
    const when = month >= 0 ? policeMonth(cellText(row[month])) : -1;
    if (when >= 0) [earliest, latest] = [Math.min(earliest, when), Math.max(latest, when)];
    if (!crime) {
      unmatched++;
      continue;
    }
    const outcome = cellText(row[type]);
    const inGroups = groups.byOutcome.get(nameKey(outcome)) ?? [];
    if (inGroups.length === 0) ungrouped.set(outcome, (ungrouped.get(outcome) ?? 0) + 1);
    for (const group of inGroups) {
      const key = `${crime.force}\t${crime.period}\t${group}`;
      if (seen.has(`${key}\t${cellText(row[id])}`)) continue;
      seen.add(`${key}\t${cellText(row[id])}`);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const span =
    latest >= 0
      ? `Outcomes as published from ${monthLabel(earliest)} to ${monthLabel(latest)}; outcomes given later are not counted.`
      : "";
  return {
    counts,
    notes: [
      ...(span ? [span] : []),
      ...(unmatched > 0
        ? [`${unmatched} outcome rows are of crimes not counted here (other months, types or forces).`]
        : []),
      ...(ungrouped.size > 0
        ? [`Outcomes in no group: ${[...ungrouped].map(([o, n]) => `${o} (${n})`).join(", ")}.`]
        : []),
    ],
  };
}
