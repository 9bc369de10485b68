import type { TableModel, TableRow } from "../tables";
import { countWords } from "../change";

interface Share {
  group: string;
  percent: number;
  n: number;
}

/**
 * The key findings of a survey table (seed 2.4): the share of all respondents giving the combined answer
 * ("Very worried or Somewhat worried"), then the groups (wards) with the highest and lowest share, each
 * with its number of respondents so a share from few answers is read as such (the seed warns that Leeds
 * and Loose had too few). The shares are those the recipe computed, as printed (each row's `figures`).
 *
 * Missing values: a table without a combined column, or with fewer than two groups, gives only what it
 * holds; a group without respondents is left out.
 *
 * @param table a `survey` table
 * @returns the findings
 * @throws never
 * @example
 * surveyFindings(burglaryWorry)[0]; // => "Across all 1,005 respondents, 37.8% answered Very worried or Somewhat worried."
 */
export function surveyFindings(table: TableModel): string[] {
  const label = table.figures?.combined;
  if (!label) return [];
  const findings: string[] = [];
  const total = table.rows.find((r) => r.kind === "total");
  const all = total ? shareOf(total) : null;
  if (all) findings.push(`Across all ${countWords(all.n)} respondents, ${all.percent.toFixed(1)}% answered ${label}.`);
  const groups = table.rows
    .filter((r) => r.kind === "data")
    .map(shareOf)
    .filter((s): s is Share => s !== null);
  if (groups.length >= 2) {
    const high = groups.reduce((a, b) => (b.percent > a.percent ? b : a));
    const low = groups.reduce((a, b) => (b.percent < a.percent ? b : a));
    const words = (s: Share) =>
      `${s.group} (${s.percent.toFixed(1)}%, ${countWords(s.n)} respondent${s.n === 1 ? "" : "s"})`;
    findings.push(`The highest share was in ${words(high)} and the lowest in ${words(low)}.`);
  }
  return findings;
}

/** A row's combined share and respondents, as the recipe computed them; null without respondents. */
function shareOf(row: TableRow): Share | null {
  const f = row.figures;
  return f && typeof f.combined === "number" && (f.respondents ?? 0) > 0
    ? { group: f.label, percent: f.combined, n: f.respondents as number }
    : null;
}
