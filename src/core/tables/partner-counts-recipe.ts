import { OptionError } from "../errors";
import { partnerCounts, type ChangeFrom } from "./partner-counts";
import { parseSeriesBreaks } from "./parse-series-breaks";
import { rankChoice } from "./rank-choice";

/** The recipe options partner-counts reads (a subset of the catalogue's RecipeOptions, so this file needs no import of it). */
export interface PartnerCountsRecipeOptions {
  table?: readonly (readonly unknown[])[] | null;
  startMonth?: number | null;
  changes?: string[] | null;
  per?: number | null;
  populationColumn?: string | null;
  rank?: string | null;
  totalLabel?: string | null;
  totalRow?: string | null;
  breaks?: string | null;
  title?: string | null;
}

const CHANGES: readonly ChangeFrom[] = ["previous", "year", "first"];

/**
 * The `partner-counts` recipe's run from the analyst's options, as typed in the CLI or the wizard: each
 * option checked and turned into what `partnerCounts` takes. Kept apart from the catalogue so that it moves
 * as one piece into the recipe declarations (src/core/recipes).
 *
 * @param o the recipe options
 * @returns the table
 * @throws {OptionError} for a missing table or an option out of range, naming the flag
 * @example
 * partnerCountsRecipe({ table, startMonth: 7, per: 10000 });
 */
export function partnerCountsRecipe(o: PartnerCountsRecipeOptions) {
  if (!o.table) throw new OptionError("The partner-counts table needs --table, the partner's table.");
  if (o.startMonth !== null && o.startMonth !== undefined && (o.startMonth < 1 || o.startMonth > 12)) throw new OptionError(`--start-month must be a month number from 1 to 12, not ${o.startMonth}.`);
  if (o.per !== null && o.per !== undefined && o.per < 1) throw new OptionError(`--per must be a whole number from 1, such as 1000 or 10000, not ${o.per}.`);
  const changes = (o.changes ?? []).map((c) => {
    const found = CHANGES.find((k) => k === c.trim().toLowerCase());
    if (!found) throw new OptionError(`--changes takes previous, year and first, not "${c}".`);
    return found;
  });
  const totalRow = (o.totalRow ?? "").trim().toLowerCase();
  if (!["", "shown", "none"].includes(totalRow)) throw new OptionError(`--total-row must be shown or none, not "${o.totalRow}".`);
  return partnerCounts({
    table: o.table,
    startMonth: o.startMonth,
    changes,
    per: o.per,
    populationColumn: o.populationColumn,
    rank: rankChoice(o.rank) ?? null,
    totalLabel: o.totalLabel,
    totalRow: totalRow !== "none",
    breaks: parseSeriesBreaks(o.breaks, o.startMonth ?? undefined),
    title: o.title,
  });
}
