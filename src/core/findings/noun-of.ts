import type { TableModel } from "../tables";

/**
 * What a finding's sentence counts, plural: anti-social behaviour is "incidents" even in crime data;
 * otherwise the table's own noun ("crimes", "searches", "outcomes"), so no sentence calls searches crimes.
 *
 * Missing values: a table without a subject noun counts "crimes" (the toolkit's tables always carry one).
 *
 * @param category the category the sentence is about ("All crime", "Anti-social behaviour")
 * @param table the table it comes from
 * @returns the plural noun
 * @throws never
 * @example
 * nounOf("Anti-social behaviour", rollingYearTable); // => "incidents"
 */
export function nounOf(category: string, table: Pick<TableModel, "subject">): string {
  return /anti.?social/i.test(category) ? "incidents" : (table.subject?.noun ?? "crimes");
}
