import { OptionError } from "..";
import { optionRef } from "..";
import { partnerCounts, type ChangeFrom } from "../tables";
import { parseSeriesBreaks } from "../tables";
import { rankChoice } from "../tables";
import { defineRecipe } from "./define-recipe";
import { PARTNER_OPTIONS } from "./options";
import { required } from "./read-options";

const CHANGES: readonly ChangeFrom[] = ["previous", "year", "first"];

/** Seed tables 3.5, 2.6, 1.7 and 6.1: a partner's counts by period, as sent. */
export const partnerCountsRecipe = defineRecipe({
  id: "partner-counts",
  title: "A partner's counts by period",
  description:
    "A partner's table by period as sent (n/a and * kept), changes between periods, rate per any base, total checked.",
  seed: "3.5, 2.6, 1.7, 6.1",
  input: "table",
  standard: false,
  options: [
    PARTNER_OPTIONS.table,
    PARTNER_OPTIONS.partnerStartMonth,
    PARTNER_OPTIONS.changes,
    { ...PARTNER_OPTIONS.per, defaultText: "no rate column" },
    PARTNER_OPTIONS.populationColumn,
    { ...PARTNER_OPTIONS.rank, defaultText: "none", defaultValue: "none" },
    { ...PARTNER_OPTIONS.totalLabel, defaultText: "Total" },
    PARTNER_OPTIONS.totalRow,
    PARTNER_OPTIONS.breaks,
    PARTNER_OPTIONS.title,
  ],
  run: (_dataset, o) =>
    partnerCounts({
      table: required(o.table, "partner-counts", "table"),
      startMonth: o.startMonth,
      changes: changesOf(o.changes),
      per: o.per,
      populationColumn: o.populationColumn,
      rank: rankChoice(o.rank) ?? null,
      totalLabel: o.totalLabel,
      totalRow: (o.totalRow ?? "").trim().toLowerCase() !== "none",
      breaks: parseSeriesBreaks(o.breaks, o.startMonth ?? undefined),
      title: o.title,
    }),
});

/** The changes asked for, each one of previous, year and first (any case). */
function changesOf(changes: readonly string[] | null | undefined): ChangeFrom[] {
  return (changes ?? []).map((c) => {
    const found = CHANGES.find((k) => k === c.trim().toLowerCase());
    if (!found) throw new OptionError(`${optionRef("changes")} takes previous, year and first, not "${c}".`);
    return found;
  });
}
