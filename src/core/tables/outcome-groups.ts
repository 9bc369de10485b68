import { InputError } from "..";
import { cellText } from "../cells";
import { findColumn } from "./find-column";
import { nameKey } from "./name-key";

/** Outcome groups: each group's name, in table order, and the police.uk outcome types it takes. */
export interface OutcomeGroups {
  /** The groups in table order. */
  names: string[];
  /** nameKey(outcome type) -> the groups it counts in. */
  byOutcome: Map<string, string[]>;
}

/**
 * The seed's five outcome groups (3.1's MSG table) in police.uk's outcome names. A charge or summons
 * takes the court results too, since police.uk replaces "Suspect charged" by the court's result once
 * there is one; each crime is counted once per group however many of its outcomes the group takes.
 * police.uk does not publish "victim does not support" on its own: "Unable to prosecute suspect" is the
 * Home Office's outcomes 14 to 16 (evidential difficulties, the victim's support among them), so the
 * group is named for what it holds.
 */
export const SEED_OUTCOME_GROUPS: readonly (readonly [string, readonly string[]])[] = [
  [
    "Charge/Summons",
    [
      "Suspect charged",
      "Suspect charged as part of another case",
      "Awaiting court outcome",
      "Court result unavailable",
      "Court case unable to proceed",
      "Defendant found not guilty",
      "Defendant sent to Crown Court",
      "Offender sent to prison",
      "Offender given suspended prison sentence",
      "Offender given community sentence",
      "Offender fined",
      "Offender given conditional discharge",
      "Offender given absolute discharge",
      "Offender ordered to pay compensation",
      "Offender deprived of property",
      "Offender otherwise dealt with",
      "Defendant found guilty",
    ],
  ],
  ["Cautions", ["Offender given a caution"]],
  ["Comm Res.", ["Local resolution"]],
  ["No suspect identified", ["Investigation complete; no suspect identified"]],
  ["Unable to prosecute", ["Unable to prosecute suspect"]],
];

/**
 * The outcome groups of an analyst's table (columns Outcome type and Group, one row per outcome type
 * and group; an outcome type may be in more than one group), or the seed's five when none is given.
 *
 * Missing values: rows with a blank outcome type or group are skipped.
 *
 * @param table the grouping table, header row first, or null for the seed's groups
 * @returns the groups
 * @throws {InputError} when the table has no Outcome type or Group column, or no rows
 * @example
 * outcomeGroups(null).names; // => ["Charge/Summons", "Cautions", "Comm Res.", "No suspect identified", "Unable to prosecute"]
 */
export function outcomeGroups(table: readonly (readonly unknown[])[] | null | undefined): OutcomeGroups {
  const pairs: [string, string][] = table
    ? tablePairs(table)
    : SEED_OUTCOME_GROUPS.flatMap(([group, outcomes]) => outcomes.map((o): [string, string] => [o, group]));
  const names: string[] = [];
  const byOutcome = new Map<string, string[]>();
  for (const [outcome, group] of pairs) {
    if (!names.includes(group)) names.push(group);
    const key = nameKey(outcome);
    const groups = byOutcome.get(key) ?? [];
    if (!groups.includes(group)) groups.push(group);
    byOutcome.set(key, groups);
  }
  return { names, byOutcome };
}

function tablePairs(table: readonly (readonly unknown[])[]): [string, string][] {
  const what = "The outcome groups table";
  const outcome = findColumn(table[0] ?? [], ["outcome type", "outcome"], what);
  const group = findColumn(table[0] ?? [], ["group", "outcome group"], what);
  const pairs = table
    .slice(1)
    .map((row): [string, string] => [cellText(row[outcome]), cellText(row[group])])
    .filter(([o, g]) => o !== "" && g !== "");
  if (pairs.length === 0) throw new InputError(`${what} has no rows of an outcome type and its group.`);
  return pairs;
}
