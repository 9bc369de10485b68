import { SPC_RULES } from "../spc";
import { SIGNIFICANCE_LEVEL } from "../significance";
import type { OptionSchema } from "./recipe";

/**
 * The options several recipes share, declared once. A recipe lists those it takes; where it reads one
 * differently (years 2 or 3, or 1 to 10), it spreads the shared one and changes what differs.
 */
export const OPTIONS = {
  area: {
    name: "area",
    type: "text",
    label: "Area",
    description: "area (district) the table is for",
    defaultText: "all areas",
  },
  category: {
    name: "category",
    type: "text",
    label: "Category",
    description: 'category or group, e.g. "Violent crime"',
    defaultText: "All crime",
  },
  endMonth: {
    name: "endMonth",
    type: "month",
    label: "End month",
    description: "last month of the table, YYYY-MM",
    defaultText: "latest month in the data",
  },
  grouping: {
    name: "grouping",
    type: "grouping",
    label: "Crime grouping",
    description: "none, police-uk, or a grouping table FILE (Crime type, Group, Sub-group, Summary)",
    defaultText: "police.uk grouping (seed 2.6) for crimes, none for other kinds",
  },
  divisions: {
    name: "divisions",
    type: "table",
    label: "Divisions table",
    description: "district-to-division table (District, Division), for subtotals",
    defaultText: "no subtotals",
  },
  years: {
    name: "years",
    type: "whole",
    label: "Number of years",
    description: "number of years shown, 2 or 3",
    defaultText: "2",
    defaultValue: 2,
    range: { min: 2, max: 3 },
  },
  significance: {
    name: "significance",
    type: "level",
    label: "Significance level",
    description: "add a Significant change column (exact test for two Poisson counts) at LEVEL",
    defaultText: `no column; ${SIGNIFICANCE_LEVEL} when given without a level`,
    defaultValue: SIGNIFICANCE_LEVEL,
    mustBe: "The significance level must be between 0 and 1, such as 0.05",
  },
  startMonth: {
    name: "startMonth",
    type: "whole",
    label: "Start month",
    description: "month number the year starts in",
    defaultText: "1 (calendar years)",
    defaultValue: 1,
    range: { min: 1, max: 12 },
    mustBe: "The start month must be a month number from 1 to 12",
  },
} satisfies Record<string, OptionSchema>;

/**
 * The options of the partner tables (issue 21), declared once: the period comparison's total row and
 * ranking, the survey's answer order and combined share, the rate's base, and what partner-counts and
 * shares read. A recipe whose default differs spreads one and changes its `defaultText`.
 */
export const PARTNER_OPTIONS = {
  // period-comparison, partner-counts
  totalLabel: {
    name: "totalLabel",
    type: "text",
    label: "Total row label",
    description:
      "the total row's label; a row of that label in the data is the file's own total, checked against the rows",
    defaultText: "Force (by area), the total's name (by category); Total for a partner's table",
  },
  totalRow: {
    name: "totalRow",
    type: "choice",
    label: "Total row",
    description: "the total row: shown or none",
    defaultText: "shown",
    defaultValue: "shown",
    choices: ["shown", "none"],
    mustBe: "The total row must be shown or none",
  },
  rank: {
    name: "rank",
    type: "choice",
    label: "Ranking",
    description: "ranking: lowest (1 = lowest), highest (1 = highest) or none",
    defaultText: "lowest (period-comparison); none (partner-counts)",
    choices: ["lowest", "highest", "none"],
    mustBe: "The ranking must be lowest (1 = lowest), highest (1 = highest) or none",
  },
  // survey
  answerOrder: {
    name: "answerOrder",
    type: "list",
    label: "Answer order",
    description: "the answers in table order, comma-separated (every answer given must be listed)",
    defaultText: "the order first met, with no combined share",
  },
  combine: {
    name: "combine",
    type: "list",
    label: "Combined answers",
    description: "answers added up in the combined share, comma-separated",
    defaultText: "the first two of the answer order",
  },
  combineLabel: {
    name: "combineLabel",
    type: "text",
    label: "Combined share heading",
    description: "header of the combined share",
    defaultText: '"<first> or <second>"',
  },
  exclude: {
    name: "exclude",
    type: "list",
    label: "Answers left out",
    description: "answers left out of the shares, comma-separated",
    defaultText: "N/A, Not applicable, Don't know",
  },
  // rate, partner-counts
  per: {
    name: "per",
    type: "whole",
    label: "Rate per",
    description: "rates per this many of the population, e.g. 1000, 10000, 100000",
    defaultText: "1000 (rate); no rate column (partner-counts)",
    range: { min: 1 },
    mustBe: "The rate's base must be a whole number from 1, such as 1000 or 100000",
  },
  // partner-counts, shares
  table: {
    name: "table",
    type: "table",
    label: "Partner's table",
    description: "the partner's table: labels in the first column, a column per period (or per group for shares)",
    defaultText: "",
    required: true,
  },
  partnerStartMonth: {
    ...OPTIONS.startMonth,
    description: "month number split years such as 2015/16 start in",
    defaultText: "4 (April)",
    defaultValue: 4,
  },
  changes: {
    name: "changes",
    type: "list",
    label: "Changes",
    description:
      "changes shown, comma-separated: previous (the period before), year (a year before), first (the first period)",
    defaultText: "previous",
  },
  populationColumn: {
    name: "populationColumn",
    type: "text",
    label: "Population column",
    description: "the table's population column, for rates",
    defaultText: 'a column headed "Population"',
  },
  breaks: {
    name: "breaks",
    type: "text",
    label: "Series breaks",
    description: 'rows not comparable before a period, "LABEL=PERIOD;..."',
    defaultText: "none",
  },
  title: {
    name: "title",
    type: "text",
    label: "Title",
    description: "the table's title",
    defaultText: "the corner heading",
  },
  ofRow: {
    name: "ofRow",
    type: "text",
    label: "Shares of the row",
    description: "the row each column's shares are of, e.g. Total",
    defaultText: "each column's sum",
  },
  decimals: {
    name: "decimals",
    type: "whole",
    label: "Decimal places",
    description: "decimal places of the shares, 0 to 3",
    defaultText: "1",
    defaultValue: 1,
    range: { min: 0, max: 3 },
    mustBe: "The decimal places must be 0 to 3",
  },
} satisfies Record<string, OptionSchema>;

/** The options of the SPC charts and of their summary table, so both read the series under the same rules and steps. */
export const SPC_OPTIONS: readonly OptionSchema[] = [
  OPTIONS.area,
  {
    name: "categories",
    type: "list",
    label: "Series",
    description: "series to chart, comma-separated",
    defaultText: "All crime and each top-level group",
  },
  OPTIONS.endMonth,
  {
    name: "months",
    type: "whole",
    label: "Months charted",
    description: "months charted, ending at the end month",
    defaultText: "every month of the data",
    range: { min: 2 },
    mustBe: "An SPC chart needs 2 or more months",
  },
  OPTIONS.grouping,
  {
    name: "rules",
    type: "choice",
    label: "SPC rules",
    description: "SPC rules: MDC, NHSR, WECO or ANHOEJ",
    defaultText: "MDC",
    defaultValue: "MDC",
    choices: SPC_RULES,
    mustBe: `The SPC rules must be one of ${SPC_RULES.join(", ")}`,
  },
  {
    name: "steps",
    type: "text",
    label: "Step changes",
    description:
      "automatic step changes: auto (a sustained shift), kent5 (Kent's 5 data point step change), none, or the points in a row on one side that make one",
    defaultText: "auto (7 points in a row, no period under 12 months)",
    defaultValue: "auto",
  },
  {
    name: "minSegment",
    type: "whole",
    label: "Shortest period between step changes (months)",
    description: "fewest months between step changes: a shift shorter than this is not taken as a new level",
    defaultText: "12 (5 with the kent5 step rule)",
    range: { min: 2 },
    mustBe: "The shortest period between step changes must be a whole number of months from 2",
  },
];
