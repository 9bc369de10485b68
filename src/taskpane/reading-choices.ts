import type { DataKind } from "../core/detect";

/** What the rows count, as the wizard offers it (the same choices as `satk --kind`). */
export const KIND_LABELS: Record<DataKind, string> = {
  crimes: "Crimes",
  asb: "Anti-social behaviour incidents",
  outcomes: "Outcomes (police.uk outcomes file)",
  searches: "Stop and searches",
  counts: "Other counts",
  rates: "Rates or other measures (never added up: refused)",
};

/** The grouping choices (the same as `satk --grouping none|police-uk`; core `groupingTable` gives their tables). */
export type GroupingChoice = "default" | "none" | "police-uk";
export const GROUPING_LABELS: Record<GroupingChoice, string> = {
  default: "The police.uk crime grouping for crimes, none for other kinds",
  none: "No grouping: category by category",
  "police-uk": "The police.uk crime grouping (seed 2.6)",
};
