import { optionRef } from "..";
import { InputError } from "..";
import { roundHalfAway } from "../change";
import { cellText } from "../cells";
import { findColumn } from "./find-column";
import { answerOrder } from "../survey";
import { combinedAnswers } from "../survey";
import { areaKey } from "./area-key";
import { nameKey } from "./name-key";
import { sheetName } from "../house-style";
import type { DroppedSummary, HeaderCell, TableCell, TableModel, TableRow } from "./table-model";

export interface SurveyOptions {
  /** Survey answers, one row per respondent, header row first. */
  answers: readonly (readonly unknown[])[];
  /** Header of the group column (such as "Ward"). */
  groupColumn: string;
  /** Header of the answer column (such as "How worried are you about someone breaking into your home"). */
  answerColumn: string;
  /** Header of the weight column; every respondent weighs 1 when omitted. */
  weightColumn?: string | null;
  /** The answers in table order; default the order first met. */
  answerOrder?: string[] | null;
  /** Answers left out of the shares (default "N/A", "Not applicable", "Don't know"). */
  exclude?: string[] | null;
  /** Answers added up in the combined column; default the first two of `answerOrder`, none without an order. [] for none. */
  combine?: string[] | null;
  /** The combined column's header; default "<first> or <second>". */
  combineLabel?: string | null;
  /** A count per group joined as the last column (crimes per ward), and its header. */
  counts?: { label: string; values: ReadonlyMap<string, number> } | null;
  /** The source line; default "Source: survey answers". */
  source?: string | null;
}

const TABLE = "The survey answers";
const DEFAULT_EXCLUDE = ["N/A", "NA", "Not applicable", "Don't know", "Dont know"];

/**
 * Recipe `survey` (seed 2.4): for each group (ward), the share of each answer with its number of
 * respondents, a combined share ("very or somewhat worried"), and optionally a count per group joined
 * from crime data (residential burglary per ward). Shares are weighted when a weight column is given
 * (the seed's shares are weighted: Barming's 1 "very worried" of 22 is 5.2%); n is the unweighted
 * number of respondents. Groups are in alphabetical order, then a "Grand Total" row.
 *
 * Missing values: a blank group, a blank answer, an excluded answer ("N/A") or a blank weight leaves the
 * respondent out, counted in the table's dropped summary with the reason and row number.
 *
 * @param options the answers matrix and how to read it
 * @returns the table
 * @throws {InputError} when a named column is missing, a weight is not a number 0 or more (naming the
 *   row and value), or no respondent is left
 * @example
 * surveyTable({ answers, groupColumn: "Ward", answerColumn: "Burglary worry", weightColumn: "Weight" });
 */
export function surveyTable(options: SurveyOptions): TableModel {
  const data = readAnswers(options);
  const order = answerOrder(data.answersSeen, options.answerOrder);
  // A combined share adds answers the analyst named, or the first two of the order they gave; never the
  // first two met, which depend on who answered first.
  const combine = options.combine
    ? combinedAnswers(order, options.combine)
    : options.answerOrder
      ? order.slice(0, 2)
      : [];
  const combineLabel = options.combineLabel ?? combine.join(" or ");
  const groups = [...data.groups.keys()].sort((a, b) => a.localeCompare(b));
  const counts = options.counts ? { label: options.counts.label, values: keyedByArea(options.counts.values) } : null;
  const rows: TableRow[] = groups.map((g) => surveyRow(g, data.groups.get(g) as Tally, order, combine, counts, "data"));
  rows.push(surveyRow("Grand Total", data.total, order, combine, counts, "total"));
  const top: HeaderCell[] = [{ text: options.groupColumn }, ...order.map((a) => ({ text: a, span: 2 }))];
  const second: HeaderCell[] = [{ text: "" }, ...order.flatMap(() => [{ text: "%" }, { text: "n" }])];
  if (combine.length > 0) {
    top.push({ text: combineLabel });
    second.push({ text: "%" });
  }
  if (options.counts) {
    top.push({ text: options.counts.label });
    second.push({ text: "" });
  }
  return {
    recipe: "survey",
    title: options.answerColumn,
    sheetName: sheetName(`Survey ${options.answerColumn}`),
    headerRows: [top, second],
    rows,
    notes: [
      `Shares ${options.weightColumn ? "are weighted" : "are of respondents"}, excluding ${(options.exclude ?? DEFAULT_EXCLUDE).join(", ")} answers; n is the number of respondents.`,
      ...unjoinedNote(groups, counts),
      ...(options.answerOrder || options.combine
        ? []
        : [
            `The answers are in the order first met and no combined share is shown: give their order (${optionRef("answerOrder")}) and the answers to combine (${optionRef("combine")}).`,
          ]),
    ],
    source: options.source ?? "Source: survey answers",
    dropped: data.dropped,
  };
}

interface Tally {
  weight: Map<string, number>;
  n: Map<string, number>;
  totalWeight: number;
}

function newTally(): Tally {
  return { weight: new Map(), n: new Map(), totalWeight: 0 };
}

function addTo(tally: Tally, answer: string, weight: number): void {
  tally.weight.set(answer, (tally.weight.get(answer) ?? 0) + weight);
  tally.n.set(answer, (tally.n.get(answer) ?? 0) + 1);
  tally.totalWeight += weight;
}

function readAnswers(options: SurveyOptions) {
  const m = options.answers;
  if (m.length < 2) throw new InputError(`${TABLE} need a header row and one row per respondent.`);
  const groupCol = findColumn(m[0], [options.groupColumn], TABLE);
  const answerCol = findColumn(m[0], [options.answerColumn], TABLE);
  const weightCol = options.weightColumn ? findColumn(m[0], [options.weightColumn], TABLE) : -1;
  const excluded = new Set((options.exclude ?? DEFAULT_EXCLUDE).map(nameKey));
  const canonical = new Map((options.answerOrder ?? []).map((a) => [nameKey(a), a]));
  const dropped = new Dropped();
  const groups = new Map<string, Tally>();
  const total = newTally();
  const answersSeen: string[] = [];
  for (let r = 1; r < m.length; r++) {
    const group = cellText(m[r][groupCol]);
    const raw = cellText(m[r][answerCol]);
    if (group === "") dropped.add("blank group", r + 1);
    else if (raw === "") dropped.add("blank answer", r + 1);
    else if (excluded.has(nameKey(raw))) dropped.add(`answer left out (${raw})`, r + 1);
    else {
      const weight = weightCol < 0 ? 1 : weightOf(m[r][weightCol], r + 1, options.weightColumn as string);
      if (weight === null) {
        dropped.add("blank weight", r + 1);
        continue;
      }
      const answer = canonical.get(nameKey(raw)) ?? raw;
      if (!canonical.has(nameKey(raw))) canonical.set(nameKey(raw), raw);
      if (!answersSeen.includes(answer)) answersSeen.push(answer);
      if (!groups.has(group)) groups.set(group, newTally());
      addTo(groups.get(group) as Tally, answer, weight);
      addTo(total, answer, weight);
    }
  }
  if (total.n.size === 0) throw new InputError(`${TABLE} have no respondent with a group and an answer.`);
  return { groups, total, answersSeen, dropped: dropped.summary() };
}

function weightOf(value: unknown, row: number, column: string): number | null {
  if (value === "" || value === null || value === undefined) return null;
  const n = typeof value === "number" ? value : Number(cellText(value));
  if (typeof value === "boolean" || !Number.isFinite(n) || n < 0) {
    throw new InputError(
      `${TABLE}, row ${row}, column "${column}": "${String(value)}" is not a weight (expected a number 0 or more).`,
    );
  }
  return n;
}

function surveyRow(
  label: string,
  tally: Tally,
  order: string[],
  combine: string[],
  counts: SurveyOptions["counts"],
  kind: "data" | "total",
): TableRow {
  const share = (a: string) => (tally.totalWeight > 0 ? ((tally.weight.get(a) ?? 0) / tally.totalWeight) * 100 : 0);
  const cells: TableCell[] = [{ kind: "text", value: label }];
  for (const a of order)
    cells.push({ kind: "percent", value: roundHalfAway(share(a), 1) }, { kind: "count", value: tally.n.get(a) ?? 0 });
  if (combine.length > 0)
    cells.push({
      kind: "percent",
      value: roundHalfAway(
        combine.reduce((s, a) => s + share(a), 0),
        1,
      ),
    });
  if (counts) cells.push(kind === "total" ? { kind: "text", value: "" } : joinedCount(label, counts.values));
  return { level: 0, kind, cells };
}

/**
 * The count joined to a group, the counts keyed by `areaKey` (see `keyedByArea`). A group with no count
 * of its name ("Invalid Post Code") is N/A, never 0: 0 would claim no crimes there.
 */
function joinedCount(group: string, counts: ReadonlyMap<string, number>): TableCell {
  const n = counts.get(areaKey(group));
  return n === undefined ? { kind: "count", value: null, footnote: UNJOINED } : { kind: "count", value: n };
}

const UNJOINED = "†";

/**
 * The counts keyed by `areaKey` (case, spacing, "&"/"and", "Ward", "District", "Borough", "City of",
 * punctuation), the one matching of area names the readers use, as survey groups are written "Allington
 * Ward" and police wards "Allington"; keyed once, not once per group. The first of two names with one key wins.
 */
function keyedByArea(counts: ReadonlyMap<string, number>): Map<string, number> {
  const keyed = new Map<string, number>();
  for (const [name, n] of counts) if (!keyed.has(areaKey(name))) keyed.set(areaKey(name), n);
  return keyed;
}

/** The groups of the table with no count of their name in the joined data, named in a note. */
function unjoinedNote(groups: readonly string[], counts: SurveyOptions["counts"]): string[] {
  if (!counts) return [];
  const missing = groups.filter((g) => !counts.values.has(areaKey(g)));
  return missing.length === 0
    ? []
    : [`${UNJOINED} No ${counts.label} count of that name in the data, so N/A (not 0): ${missing.join(", ")}.`];
}

/** Respondents left out, by reason, with the first row numbers. */
class Dropped {
  private readonly reasons = new Map<string, { count: number; firstRows: number[] }>();
  add(reason: string, row: number): void {
    const entry = this.reasons.get(reason) ?? { count: 0, firstRows: [] };
    entry.count++;
    if (entry.firstRows.length < 5) entry.firstRows.push(row);
    this.reasons.set(reason, entry);
  }
  summary(): DroppedSummary {
    const reasons = [...this.reasons].map(([reason, e]) => ({ reason, ...e }));
    return { total: reasons.reduce((s, r) => s + r.count, 0), reasons };
  }
}
