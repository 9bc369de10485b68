import type { TableModel } from "./table-model";

/** Fewest months an SPC chart's limits are worked out from in a report (the 12-point baseline of NHSE and NHS-R). */
const SPC_MONTHS = 12;

/**
 * Why a table says nothing a report could print, or null when it says something: the data do not cover
 * the period it compares (every number and % change in it is not available, as a 5-month extract gives for
 * a rolling year against the year before), or an SPC table's series are shorter than the 12 months limits
 * need (Making Data Count's SPC tool shows no limits under 13 points). A report leaves such a table out with
 * this line instead of pages of N/A (issue 22 item 6); the command line and the task pane say it once.
 *
 * Missing values: a table without change columns or charts is never said to be uncovered.
 *
 * @param table the table
 * @returns one sentence saying why it is left out, or null
 * @throws never
 * @example
 * uncoveredReason(rollingYearOfFiveMonths);
 * // => "The data start in Oct 2018, so a rolling year starting before then cannot be counted in full."
 */
export function uncoveredReason(table: TableModel): string | null {
  const charts = table.charts ?? [];
  if ((table.recipe === "spc-series" || table.recipe === "spc-summary") && charts.length > 0) {
    const months = Math.max(...charts.map((c) => c.values.length));
    if (months < SPC_MONTHS)
      return `The data hold ${months} months; SPC limits need at least ${SPC_MONTHS} months to be worth reading.`;
    return null;
  }
  const changes = table.rows.flatMap((row) =>
    row.cells.filter((c) => c.kind === "change" || c.kind === "percentChange"),
  );
  if (changes.length === 0 || changes.some((c) => c.value !== null)) return null;
  const marks = new Set(changes.map((c) => c.footnote).filter((m): m is string => m !== undefined && m !== ""));
  const note = table.notes.find((n) => [...marks].some((m) => n.startsWith(m)));
  return note
    ? note.slice([...marks].find((m) => note.startsWith(m))!.length).trim()
    : "The data do not cover the period this table compares.";
}
