import type { DataKind } from "../core/data/ingest-types";
import { POLICE_UK_GROUPING_TABLE } from "../core/tables/default-grouping";

/** What the rows count, as the wizard offers it (the same choices as `satk --kind`). */
export const KIND_LABELS: Record<DataKind, string> = {
  crimes: "Crimes",
  asb: "Anti-social behaviour incidents",
  outcomes: "Outcomes (police.uk outcomes file)",
  searches: "Stop and searches",
  counts: "Other counts",
  rates: "Rates or other measures (never added up: refused)",
};

/** The grouping choices (the same as `satk --grouping none|police-uk`). */
export type GroupingChoice = "default" | "none" | "police-uk";
export const GROUPING_LABELS: Record<GroupingChoice, string> = {
  default: "The police.uk crime grouping for crimes, none for other kinds",
  none: "No grouping: category by category",
  "police-uk": "The police.uk crime grouping (seed 2.6)",
};

/**
 * The grouping table a grouping choice stands for, as the recipes' `grouping` option takes it: none
 * for the default (the recipes then group crimes only), a table with a header and no rows for "none",
 * the police.uk grouping for "police-uk". The same mapping as `satk --grouping`.
 *
 * @param choice the analyst's choice
 * @returns the grouping table, or null for the default
 * @throws never
 * @example
 * groupingTable("none"); // => [["Crime type", "Group"]]
 */
export function groupingTable(choice: GroupingChoice): readonly (readonly string[])[] | null {
  if (choice === "none") return [["Crime type", "Group"]];
  if (choice === "police-uk") return POLICE_UK_GROUPING_TABLE;
  return null;
}
