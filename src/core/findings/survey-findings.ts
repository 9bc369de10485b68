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
 * and Loose had too few). The shares are the table's printed ones.
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
  const [top, second] = table.headerRows;
  const answers = (top ?? []).filter((h) => (h.span ?? 1) === 2).length;
  const column = 1 + 2 * answers;
  const label = top?.[1 + answers]?.text ?? "";
  if (answers === 0 || second?.[column]?.text !== "%" || label === "") return [];
  const shareOf = (row: TableRow): Share | null => {
    const cell = row.cells[column];
    const n = row.cells
      .slice(1, column)
      .filter((_, k) => k % 2 === 1)
      .reduce((s, c) => s + (typeof c.value === "number" ? c.value : 0), 0);
    return typeof cell?.value === "number" && n > 0
      ? { group: String(row.cells[0].value ?? ""), percent: cell.value, n }
      : null;
  };
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
