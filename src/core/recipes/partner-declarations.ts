/**
 * The partner tables' recipes and options (issue 21), declared in the shape of the recipe declarations of
 * src/core/recipes (issue 20: `OptionSchema` and `RecipeInfo`), so that they drop in there: each
 * declaration becomes `defineRecipe(partnerCountsDeclaration)`, and the options below are spread into the
 * period-comparison, survey and rate declarations. Until then the catalogue (src/core/tables/catalogue.ts)
 * reads its entries for them from here, so each option is written once.
 *
 * An option's CLI flag is its name in kebab case (totalLabel -> --total-label).
 */
import { partnerCountsRecipe } from "../tables/partner-counts-recipe";
import { sharesRecipe } from "../tables/shares-recipe";

/** The options issue 21 adds, one declaration each, in the shape of issue 20's `OptionSchema`. */
export const PARTNER_OPTIONS = {
  // period-comparison, partner-counts
  totalLabel: { name: "totalLabel", type: "text", label: "Total row label", description: "the total row's label; a row of that label in the data is the file's own total, checked against the rows", defaultText: "Force (by area), the total's name (by category); Total for a partner's table" },
  totalRow: { name: "totalRow", type: "choice", label: "Total row", description: "the total row: shown or none", defaultText: "shown", defaultValue: "shown", choices: ["shown", "none"], mustBe: "The total row must be shown or none" },
  rank: { name: "rank", type: "choice", label: "Ranking", description: "ranking: lowest (1 = lowest), highest (1 = highest) or none", defaultText: "lowest (period-comparison); none (partner-counts)", choices: ["lowest", "highest", "none"], mustBe: "The ranking must be lowest, highest or none" },
  // survey
  answerOrder: { name: "answerOrder", type: "list", label: "Answer order", description: "the answers in table order, comma-separated (every answer given must be listed)", defaultText: "the order first met, with no combined share" },
  combine: { name: "combine", type: "list", label: "Combined answers", description: "answers added up in the combined share, comma-separated", defaultText: "the first two of the answer order" },
  combineLabel: { name: "combineLabel", type: "text", label: "Combined share heading", description: "header of the combined share", defaultText: '"<first> or <second>"' },
  exclude: { name: "exclude", type: "list", label: "Answers left out", description: "answers left out of the shares, comma-separated", defaultText: "N/A, Not applicable, Don't know" },
  // rate, partner-counts
  per: { name: "per", type: "whole", label: "Rate per", description: "rates per this many of the population, e.g. 1000, 10000, 100000", defaultText: "1000 (rate); no rate column (partner-counts)", range: { min: 1 }, mustBe: "The rate's base must be a whole number from 1" },
  // partner-counts, shares
  table: { name: "table", type: "table", label: "Partner's table", description: "the partner's table: labels in the first column, a column per period (or per group for shares)", defaultText: "", required: true },
  startMonth: { name: "startMonth", type: "whole", label: "Start month", description: "month number split years such as 2015/16 start in", defaultText: "4 (April)", defaultValue: 4, range: { min: 1, max: 12 }, mustBe: "The start month must be a month number from 1 to 12" },
  changes: { name: "changes", type: "list", label: "Changes", description: "changes shown, comma-separated: previous (the period before), year (a year before), first (the first period)", defaultText: "previous" },
  populationColumn: { name: "populationColumn", type: "text", label: "Population column", description: "the table's population column, for rates", defaultText: 'a column headed "Population"' },
  breaks: { name: "breaks", type: "text", label: "Series breaks", description: 'rows not comparable before a period, "LABEL=PERIOD;..."', defaultText: "none" },
  title: { name: "title", type: "text", label: "Title", description: "the table's title", defaultText: "the corner heading" },
  ofRow: { name: "ofRow", type: "text", label: "Shares of the row", description: "the row each column's shares are of, e.g. Total", defaultText: "each column's sum" },
  decimals: { name: "decimals", type: "whole", label: "Decimal places", description: "decimal places of the shares, 0 to 3", defaultText: "1", defaultValue: 1, range: { min: 0, max: 3 }, mustBe: "The decimal places must be 0 to 3" },
} as const;

/** Seed tables 3.5, 2.6, 1.7 and 6.1: a partner's counts by period, as sent. */
export const partnerCountsDeclaration = {
  id: "partner-counts",
  title: "A partner's counts by period",
  description: "A partner's table by period as sent (n/a and * kept), changes between periods, rate per any base, total checked.",
  seed: "3.5, 2.6, 1.7, 6.1",
  input: "table",
  standard: false,
  options: [
    PARTNER_OPTIONS.table, PARTNER_OPTIONS.startMonth, PARTNER_OPTIONS.changes, { ...PARTNER_OPTIONS.per, defaultText: "no rate column" },
    PARTNER_OPTIONS.populationColumn, { ...PARTNER_OPTIONS.rank, defaultText: "none" }, { ...PARTNER_OPTIONS.totalLabel, defaultText: "Total" },
    PARTNER_OPTIONS.totalRow, PARTNER_OPTIONS.breaks, PARTNER_OPTIONS.title,
  ],
  run: (_dataset: unknown, o: Parameters<typeof partnerCountsRecipe>[0]) => partnerCountsRecipe(o),
} as const;

/** Seed tables 5.5, 3.6, 3.4 and 3.1: counts of a partner's cross-tab as shares of a total. */
export const sharesDeclaration = {
  id: "shares",
  title: "Shares of a total",
  description: "Each count of a partner's cross-tab with its share of its column's total or of a named row; held-back cells kept.",
  seed: "5.5, 3.6, 3.4, 3.1",
  input: "table",
  standard: false,
  options: [PARTNER_OPTIONS.table, PARTNER_OPTIONS.ofRow, PARTNER_OPTIONS.decimals, PARTNER_OPTIONS.title],
  run: (_dataset: unknown, o: Parameters<typeof sharesRecipe>[0]) => sharesRecipe(o),
} as const;
