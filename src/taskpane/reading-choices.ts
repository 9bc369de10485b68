import { ROLE_OPTIONS, type BuildOptions, type DataKind, type Layout, type RoleName } from "../core/detect";
import type { DelimiterName } from "../core/csv";
import type { ReadingChoice } from "../core";

/** What the rows count, as the wizard offers it (the same choices as `satk --kind`). */
export const KIND_LABELS: Record<DataKind, string> = {
  crimes: "Crimes",
  asb: "Anti-social behaviour incidents",
  outcomes: "Outcomes (police.uk outcomes file)",
  searches: "Stop and searches",
  counts: "Other counts",
  rates: "Rates or other measures (never added up: refused)",
};

/** What one column of counts per name holds (the same choices as `satk --columns-hold`); "" asks when it matters. */
export const COLUMNS_HOLD_LABELS: Record<"" | "category" | "area", string> = {
  "": "Not said (ask me if it matters)",
  category: "Categories: one column per crime type",
  area: "Areas: one column per area",
};

/** The grouping choices (the same as `satk --grouping none|police-uk`; core `groupingTable` gives their tables). */
export type GroupingChoice = "default" | "none" | "police-uk";
export const GROUPING_LABELS: Record<GroupingChoice, string> = {
  default: "The police.uk crime grouping for crimes, none for other kinds",
  none: "No grouping: category by category",
  "police-uk": "The police.uk crime grouping (seed 2.6)",
};

/**
 * The reading options an answer to the wizard's question sets: a refusal's reading to choose ("the
 * columns are categories": columnsHold category; "Burglary" is the count: countColumn Burglary) as the
 * options `buildDataset` takes, the same the command line's flag would set.
 *
 * @param choice the reading chosen
 * @returns the options it sets ({} for an option the wizard does not know, which reads as before)
 * @example
 * choiceOptions({ reading: "the columns are areas", option: "columnsHold", value: "area" }); // => { columnsHold: "area" }
 */
export function choiceOptions(choice: ReadingChoice): Partial<BuildOptions> {
  const role = (Object.entries(ROLE_OPTIONS) as [RoleName, string][]).find(([, option]) => option === choice.option);
  if (role) return { columnNames: { [role[0]]: choice.value } };
  if (choice.option === "columnsHold") return { columnsHold: choice.value as "category" | "area" };
  if (choice.option === "layout") return { layout: choice.value as Layout };
  if (choice.option === "kind") return { kind: choice.value as DataKind };
  if (choice.option === "delimiter") return { delimiter: choice.value as DelimiterName };
  return {};
}

/** A reading as the question's answer reads: its first letter a capital ("The columns are categories (...)"). */
export function readingLabel(choice: ReadingChoice): string {
  return choice.reading.charAt(0).toUpperCase() + choice.reading.slice(1);
}
