import { levelWords } from "../significance";
import { shareChangeTest } from "../significance";
import type { ShareFigures, TableModel } from "../tables";

interface Share {
  label: string;
  figures: ShareFigures;
}

/**
 * The findings of a table of shares (outcomes, repeats, shares; seed 3.1's "Kent having the lowest
 * charge/summons percentage of 9.4%", 3.6's repeat cases): for each group, the rows with the highest
 * and the lowest latest share; then, where the table has two periods, how many rows rose and fell and
 * the largest rise and fall in percentage points, each tested with Fisher's exact test of the two
 * shares (`shareChangeTest`) where the parts and bases are counts. Read from the figures the recipe
 * computed (`row.figures.shares`), never from cells by position; only top-level data rows, not totals.
 *
 * Missing values: a row whose share is n/a or held back is named in no sentence of that group; a
 * change is tested only when both periods' parts and bases are counts.
 *
 * @param table an outcomes, repeats or shares table
 * @param level the significance level of the exact test
 * @returns the sentences, group by group
 * @throws never (a table without share figures has none)
 * @example
 * shareFindings(msgOutcomes, 0.05)[0];
 * // => "Charge/Summons: the highest share was in Derbyshire (23.4%); the lowest in Kent (9.4%)."
 */
export function shareFindings(table: TableModel, level: number): string[] {
  const rows = table.rows.filter((r) => r.kind === "data" && r.level === 0 && r.figures?.shares);
  const groups = [...new Set(rows.flatMap((r) => (r.figures?.shares ?? []).map((s) => s.group)))];
  return groups.flatMap((group) => {
    const shares = rows.flatMap((r): Share[] => {
      const figures = r.figures?.shares?.find((s) => s.group === group);
      return figures && r.figures ? [{ label: r.figures.label, figures }] : [];
    });
    return [...highestAndLowest(group, shares), ...changes(group, shares, level)];
  });
}

function highestAndLowest(group: string, shares: Share[]): string[] {
  const latest = shares.filter((s) => s.figures.percents[0] !== null && s.figures.percents[0] !== undefined);
  if (latest.length < 2) return [];
  const value = (s: Share) => s.figures.percents[0] as number;
  const high = Math.max(...latest.map(value));
  const low = Math.min(...latest.map(value));
  if (high === low) return [`${group}: every row had the same share (${percent(high)}).`];
  const named = (v: number) => listed(latest.filter((s) => value(s) === v).map((s) => s.label));
  return [
    `${group}: the highest share was in ${named(high)} (${percent(high)}); the lowest in ${named(low)} (${percent(low)}).`,
  ];
}

function changes(group: string, shares: Share[], level: number): string[] {
  const compared = shares.filter(
    (s) => s.figures.percents.length > 1 && s.figures.percents[0] !== null && s.figures.percents[1] !== null,
  );
  if (compared.length === 0) return [];
  const points = (s: Share) => (s.figures.percents[0] as number) - (s.figures.percents[1] as number);
  const rises = compared.filter((s) => points(s) > 0).sort((a, b) => points(b) - points(a));
  const falls = compared.filter((s) => points(s) < 0).sort((a, b) => points(a) - points(b));
  if (compared.length === 1) {
    const [only] = compared;
    const way = points(only) > 0 ? "rose" : points(only) < 0 ? "fell" : "was unchanged";
    return [`${group} ${way} in ${moved(only, level)}.`];
  }
  const sentences = [
    `${group} rose in ${rises.length} of ${compared.length} and fell in ${falls.length} of ${compared.length}.`,
  ];
  if (rises.length > 0) sentences.push(`The largest rise was in ${moved(rises[0], level)}.`);
  if (falls.length > 0) sentences.push(`The largest fall was in ${moved(falls[0], level)}.`);
  return sentences;
}

/** "Kent, from 10.8% to 9.4% (-1.4 percentage points; a statistically significant change at the 5% level, p < 0.001)" */
function moved(share: Share, level: number): string {
  const [now, before] = share.figures.percents as number[];
  const change = Math.round((now - before) * 1000) / 1000;
  const sign = change > 0 ? "+" : "-";
  return `${share.label}, from ${percent(before)} to ${percent(now)} (${sign}${Math.abs(change)} percentage points${tested(share.figures, level)})`;
}

function tested(figures: ShareFigures, level: number): string {
  const [newPart, oldPart] = figures.parts;
  const [newBase, oldBase] = figures.bases;
  if ([newPart, oldPart, newBase, oldBase].some((v) => v === null || v === undefined)) return "";
  const p = shareChangeTest(newPart as number, newBase as number, oldPart as number, oldBase as number);
  const pText = p < 0.001 ? "p < 0.001" : `p = ${p.toFixed(3)}`;
  return p < level
    ? `; a statistically significant change at the ${levelWords(level)} level, ${pText}`
    : `; within normal variation at the ${levelWords(level)} level, ${pText}`;
}

function percent(value: number): string {
  return `${value}%`;
}

function listed(labels: string[]): string {
  return labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`;
}
