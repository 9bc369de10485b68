import type { TableModel } from "./table-model";
import { uncoveredReason } from "./uncovered-reason";

/**
 * The tables a report leaves out because the data cannot fill them (`uncoveredReason`), grouped by reason so
 * each reason is said once: the titles joined with "; ". The command line prints each on standard error, the
 * task pane says it after Export to Word, and the report prints it where the tables would have been.
 *
 * Missing values: tables that say something are not listed; an empty list gives [].
 *
 * @param tables the tables
 * @returns one entry per reason, in the order the tables came, with the titles of its tables
 * @throws never
 * @example
 * leftOutTables([rollingYearOfFiveMonths, areaComparisonOfFiveMonths]);
 * // => [{ title: "Volume of crimes by type, ...; All crime by area, ...", reason: "The data start in Oct 2018, ..." }]
 */
export function leftOutTables(tables: readonly TableModel[]): { title: string; reason: string }[] {
  const reasons = new Map<string, string[]>();
  for (const table of tables) {
    const reason = uncoveredReason(table);
    if (reason !== null) reasons.set(reason, [...(reasons.get(reason) ?? []), table.title]);
  }
  return [...reasons].map(([reason, titles]) => ({ title: titles.join("; "), reason }));
}
