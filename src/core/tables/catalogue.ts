import type { Dataset } from "../data/dataset";
import { NotAvailableError, OptionError } from "../errors";
import { areaComparison } from "./area-comparison";
import { parseCategoryGrouping, type CategoryGrouping } from "./category-grouping";
import { parseDivisionTable } from "./division-table";
import { categoryByYear } from "./category-by-year";
import { countCube } from "./count-cube";
import { cubeSum } from "./cube-sum";
import { groupingFor } from "./grouping-for";
import { fyPivot } from "./fy-pivot";
import { periodComparison } from "./period-comparison";
import type { ParentArea } from "./add-up-population";
import { readPopulation } from "./read-population";
import { rateTable } from "./rate-table";
import { resolveCategory } from "./resolve-category";
import { resolveEndMonth } from "./resolve-end-month";
import { rollingYear } from "./rolling-year";
import { rankChoice } from "./rank-choice";
import { PARTNER_OPTIONS, partnerCountsDeclaration, sharesDeclaration } from "../recipes/partner-declarations";
import { monthLabel } from "../periods/month-label";
import { rollingYearLabel } from "../periods/rolling-year-label";
import { spcSeries, type SpcSeriesOptions } from "./spc-series";
import { spcSummary } from "./spc-summary";
import { surveyTable } from "./survey-table";
import type { TableModel } from "./table-model";
import { SPC_RULES, type SpcOptions } from "../spc/types";

/** A table of cell values, header row first: Office.js `range.values`, or a parsed CSV or sheet. */
export type Matrix = readonly (readonly unknown[])[];

/**
 * Everything a recipe can be asked for, as the command-line tool and the wizard collect it. Each recipe
 * reads the options it lists in its catalogue entry and ignores the rest. Tables (population, divisions,
 * grouping, survey answers) are passed as matrices; the recipes read and check them.
 */
export interface RecipeOptions {
  /** Area (district) name: `--area`. */
  area?: string | null;
  /** Category or group name, or "All crime": `--category`. */
  category?: string | null;
  /** End month index (see periods/month-index): `--end-month`. Default: the latest month in the data. */
  endMonth?: number | null;
  /** Population table: `--population`. */
  population?: Matrix | null;
  /** Population column per year, latest first (rate): `--population-columns POP21,POP11`. */
  populationColumns?: string[] | null;
  /** Parents of a lower-level population table's codes (ward -> district, LSOA -> ward), to add it up. */
  populationParents?: { parents: ReadonlyMap<string, ParentArea>; what: string } | null;
  /** The one population column to use, any column of the table (rate): `--population-column all_ages`. */
  populationColumn?: string | null;
  /** The population table's area column, by header (names or ONS codes): `--population-area-column`. */
  populationArea?: string | null;
  /** Series to chart (spc-series): `--categories "All crime,Violent crime"`. */
  categories?: string[] | null;
  /** Months charted (spc-series): `--months`. */
  months?: number | null;
  /** District-to-division table: `--divisions`. */
  divisions?: Matrix | null;
  /** Crime type grouping table: `--grouping`. Default: the police.uk grouping (seed 2.6). */
  grouping?: Matrix | null;
  /** Show a third year (rolling-year, area-comparison, period-comparison, rate): `--years 3`. */
  years?: number | null;
  /** Rows by "area" or "category" (period-comparison): `--by`. */
  by?: string | null;
  /** Months in each period (period-comparison), default 12: `--period-months`. */
  periodMonths?: number | null;
  /** First month of the year, 1-12 (fy-pivot default 4 = April; category-by-year default 1): `--start-month`. */
  startMonth?: number | null;
  /** Survey answers (survey): `--answers`. */
  answers?: Matrix | null;
  /** Column names of the survey answers (survey): `--group-column`, `--answer-column`, `--weight-column`. */
  groupColumn?: string | null;
  answerColumn?: string | null;
  weightColumn?: string | null;
  /** Codes and descriptions of categories (category-by-year): `--codes`. */
  codes?: Matrix | null;
  /** Significance level of the "Significant change" column (rolling-year, area-comparison,
   * period-comparison): `--significance [LEVEL]`, 0.05 when given without a level; no column when omitted. */
  significance?: number | null;
  /** SPC rules preset (spc-series): `--rules MDC|NHSR|WECO|ANHOEJ`. */
  rules?: string | null;
  /** Automatic step changes (spc-series): `--steps auto|kent5|none|POINTS` ("auto" is a sustained shift of 7
   * points in a row, "kent5" Kent's 5 data point step change). */
  steps?: string | null;
  /** The total row's label; a row of that name in the data is the file's own total, checked: `--total-label`. */
  totalLabel?: string | null;
  /** The ranking column: lowest (1 = lowest), highest or none: `--rank`. */
  rank?: string | null;
  /** Survey answers in table order, the answers added up in the combined share, its header, and answers
   * left out of the shares: `--answer-order`, `--combine`, `--combine-label`, `--exclude`. */
  answerOrder?: string[] | null;
  combine?: string[] | null;
  combineLabel?: string | null;
  exclude?: string[] | null;
  /** A partner's own table of counts (partner-counts, shares): `--table`. */
  table?: Matrix | null;
  /** The changes shown (partner-counts): previous, year, first: `--changes`. */
  changes?: string[] | null;
  /** Rates per this many of the population (rate, partner-counts): `--per 10000`. */
  per?: number | null;
  /** Rows not comparable before a period, "LABEL=PERIOD;...": `--breaks`. */
  breaks?: string | null;
  /** The share's base row (shares): `--of-row "Total"`; default each column's sum. */
  ofRow?: string | null;
  /** Decimal places of shares (shares): `--decimals`. */
  decimals?: number | null;
  /** The table's title (partner-counts, shares): `--title`. */
  title?: string | null;
  /** The total row: shown (default) or none: `--total-row`. */
  totalRow?: string | null;
  /** Fewest months between step changes (spc-series): `--min-segment`, default 12 (5 with `--steps kent5`). */
  minSegment?: number | null;
}

/** One option a recipe takes, for --help and the wizard's form. */
export interface RecipeOptionInfo {
  /** The key in `RecipeOptions`. */
  name: keyof RecipeOptions;
  /** The command-line flag, such as "--area". */
  flag: string;
  /** What the option is, in one line. */
  description: string;
  /** The default, in words ("latest month in the data"), or "" when required. */
  defaultText: string;
  /** True when the recipe cannot run without it. */
  required?: boolean;
}

/** A recipe as the catalogue lists it. */
export interface RecipeInfo {
  /** The id used on the command line: `satk table rolling-year`. */
  id: string;
  /** Title, such as "Volume of crimes by type (rolling year)". */
  title: string;
  /** One line for --help. */
  description: string;
  /** The seed section the table follows. */
  seed: string;
  /** "records" when it reads a crime Dataset; "survey" when it reads survey answers (and optionally a Dataset);
   * "table" when it reads a partner's own table (`--table`) and no records. */
  input: "records" | "survey" | "table";
  /** True for the "all standard tables" set. */
  standard: boolean;
  options: RecipeOptionInfo[];
  /** Makes the table. `dataset` may be null only for survey recipes. */
  run(dataset: Dataset | null, options: RecipeOptions): TableModel;
}

const OPT = {
  area: { name: "area", flag: "--area", description: "area (district) the table is for", defaultText: "all areas" },
  category: { name: "category", flag: "--category", description: 'category or group, e.g. "Violent crime"', defaultText: "All crime" },
  endMonth: { name: "endMonth", flag: "--end-month", description: "last month of the table, YYYY-MM", defaultText: "latest month in the data" },
  grouping: { name: "grouping", flag: "--grouping", description: "none, police-uk, or a grouping table FILE (Crime type, Group, Sub-group, Summary)", defaultText: "police.uk grouping (seed 2.6) for crimes, none for other kinds" },
  divisions: { name: "divisions", flag: "--divisions", description: "district-to-division table (District, Division), for subtotals", defaultText: "no subtotals" },
  years: { name: "years", flag: "--years", description: "number of years shown, 2 or 3", defaultText: "2" },
  population: { name: "population", flag: "--population", description: "population table (NAME and POP.. columns; the census file is one)", defaultText: "", required: true },
  populationColumns: { name: "populationColumns", flag: "--population-columns", description: "population column per year, latest first", defaultText: "the last population column" },
  populationColumn: { name: "populationColumn", flag: "--population-column", description: "the one population column to use, e.g. all_ages", defaultText: "the all-ages column, else the last population column" },
  populationArea: { name: "populationArea", flag: "--population-area-column", description: "the population table's area column (names or codes)", defaultText: "found from the header" },
  rateYears: { name: "years", flag: "--years", description: "years of rates, 1 to 3", defaultText: "as many whole years as the data hold, up to 3" },
  by: { name: "by", flag: "--by", description: "rows by area or category", defaultText: "area" },
  periodMonths: { name: "periodMonths", flag: "--period-months", description: "months in each period, 1 to 12", defaultText: "12" },
  periodYears: { name: "years", flag: "--years", description: "number of periods, 2 or 3", defaultText: "2" },
  fyStart: { name: "startMonth", flag: "--start-month", description: "month number the year starts in", defaultText: "4 (April)" },
  yearStart: { name: "startMonth", flag: "--start-month", description: "month number the year starts in", defaultText: "1 (calendar years)" },
  yearCount: { name: "years", flag: "--years", description: "number of years across, 1 to 10", defaultText: "2" },
  codes: { name: "codes", flag: "--codes", description: "codes table (Code, Description)", defaultText: "rows by category name" },
  categories: { name: "categories", flag: "--categories", description: "series to chart, comma-separated", defaultText: "All crime and each top-level group" },
  months: { name: "months", flag: "--months", description: "months charted, ending at the end month", defaultText: "every month of the data" },
  answers: { name: "answers", flag: "--answers", description: "survey answers, one row per respondent", defaultText: "", required: true },
  groupColumn: { name: "groupColumn", flag: "--group-column", description: "header of the group (ward) column", defaultText: "", required: true },
  answerColumn: { name: "answerColumn", flag: "--answer-column", description: "header of the answer column", defaultText: "", required: true },
  weightColumn: { name: "weightColumn", flag: "--weight-column", description: "header of the weight column", defaultText: "unweighted" },
  significance: { name: "significance", flag: "--significance", description: "add a Significant change column (exact test for two Poisson counts) at LEVEL", defaultText: "no column; 0.05 when given without a level" },
  rules: { name: "rules", flag: "--rules", description: "SPC rules: MDC, NHSR, WECO or ANHOEJ", defaultText: "MDC" },
  steps: { name: "steps", flag: "--steps", description: "automatic step changes: auto (a sustained shift), kent5 (Kent's 5 data point step change), none, or the points in a row on one side that make one", defaultText: "auto (7 points in a row, no period under 12 months)" },
  minSegment: { name: "minSegment", flag: "--min-segment", description: "fewest months between step changes", defaultText: "12 (5 with --steps kent5)" },
  joinCategory: { name: "category", flag: "--category", description: "with crime records as input: the category counted per group in the rolling year", defaultText: "no count column" },
} satisfies Record<string, RecipeOptionInfo>;

/** The options issue 21 adds, read from their declarations (src/core/recipes/partner-declarations). */
const PARTNER = Object.fromEntries(Object.entries(PARTNER_OPTIONS).map(([key, o]) => [key, optionInfo(o)])) as Record<keyof typeof PARTNER_OPTIONS, RecipeOptionInfo>;

/** The options of the SPC charts and of their summary table. */
const SPC_OPTIONS = [OPT.area, OPT.categories, OPT.endMonth, OPT.months, OPT.grouping, OPT.rules, OPT.steps, OPT.minSegment];

/**
 * The list of recipes: what the command-line tool's `--help` prints, what `satk table <id>` runs, and
 * what the wizard offers ("all standard tables" = the entries with `standard: true`).
 */
export const CATALOGUE: readonly RecipeInfo[] = [
  {
    id: "rolling-year",
    title: "Volume of crimes by type (rolling year)",
    description: "Crimes by type for one area: end month, rolling year, year before, number and % change.",
    seed: "2.6",
    input: "records",
    standard: true,
    options: [OPT.area, OPT.endMonth, OPT.grouping, OPT.years, OPT.significance],
    run: (dataset, o) =>
      rollingYear(records(dataset, "rolling-year"), {
        area: o.area,
        endMonth: o.endMonth,
        grouping: groupingOf(o),
        thirdYear: threeYears(o.years),
        significance: o.significance,
      }),
  },
  {
    id: "area-comparison",
    title: "One category by area (rolling year)",
    description: "One category or all crime by area, with division subtotals and a force total.",
    seed: "3.1",
    input: "records",
    standard: true,
    options: [OPT.category, OPT.endMonth, OPT.divisions, OPT.grouping, OPT.years, OPT.significance],
    run: (dataset, o) =>
      areaComparison(records(dataset, "area-comparison"), {
        category: o.category,
        endMonth: o.endMonth,
        divisions: divisionsOf(o),
        grouping: groupingOf(o),
        thirdYear: threeYears(o.years),
        significance: o.significance,
      }),
  },
  {
    id: "rate",
    title: "Crime per 1,000 population by area",
    description: "Offences and rate per 1,000 population for up to three years by area, ranked (1 = lowest).",
    seed: "2.5",
    input: "records",
    standard: true,
    options: [OPT.population, OPT.populationColumns, OPT.populationColumn, OPT.populationArea, OPT.category, OPT.endMonth, OPT.rateYears, OPT.divisions, OPT.grouping, { ...PARTNER.per, defaultText: "1000" }],
    run: (dataset, o) =>
      rateTable(records(dataset, "rate"), {
        per: perOf(o.per),
        population: populationOf(o),
        populationColumns: o.populationColumns,
        years: o.years,
        endMonth: o.endMonth,
        category: o.category,
        divisions: divisionsOf(o),
        grouping: groupingOf(o),
      }),
  },
  {
    id: "period-comparison",
    title: "Periods compared by area or category",
    description: "Two or three periods a year apart by area or category, number and % difference, ranked.",
    seed: "4.1, 3.2",
    input: "records",
    standard: true,
    options: [OPT.by, OPT.category, OPT.area, OPT.endMonth, OPT.periodMonths, OPT.periodYears, OPT.grouping, OPT.significance, { ...PARTNER.totalLabel, defaultText: "Force (by area), the total's name (by category)" }, PARTNER.totalRow, { ...PARTNER.rank, defaultText: "lowest" }],
    run: (dataset, o) =>
      periodComparison(records(dataset, "period-comparison"), {
        by: byOption(o.by),
        category: o.category,
        area: o.area,
        endMonth: o.endMonth,
        periodMonths: o.periodMonths,
        periods: o.years,
        grouping: groupingOf(o),
        significance: o.significance,
        totalLabel: o.totalLabel,
        rank: rankChoice(o.rank),
        totalRow: totalRowShown(o.totalRow),
      }),
  },
  {
    id: "fy-pivot",
    title: "Months by financial year",
    description: "Months across (April to March), financial years down, yearly totals, part years marked.",
    seed: "5.6",
    input: "records",
    standard: true,
    options: [OPT.category, OPT.area, OPT.fyStart, OPT.grouping],
    run: (dataset, o) =>
      fyPivot(records(dataset, "fy-pivot"), {
        category: o.category,
        area: o.area,
        startMonth: o.startMonth,
        grouping: groupingOf(o),
      }),
  },
  {
    id: "spc-series",
    title: "Monthly SPC charts",
    description: "Monthly counts per series with centre line, limits and signals, ready for charts.",
    seed: "2.2, 2.3",
    input: "records",
    standard: true,
    options: SPC_OPTIONS,
    run: (dataset, o) => spcSeries(records(dataset, "spc-series"), spcSeriesOptions(o)),
  },
  {
    id: "spc-summary",
    title: "SPC summary",
    description: "One row per SPC series: latest month and value, centre line, variation and assurance in Making Data Count's words and colours.",
    seed: "2.2, 2.3",
    input: "records",
    standard: true,
    // The same options as the charts it summarises, so both read the series under the same rules and steps.
    options: SPC_OPTIONS,
    run: (dataset, o) => spcSummary(records(dataset, "spc-summary"), spcSeriesOptions(o)),
  },
  {
    id: "survey",
    title: "Survey answers by group",
    description: "Answer shares and n by group (ward), a combined share, optionally crimes per group.",
    seed: "2.4",
    input: "survey",
    standard: false,
    options: [OPT.answers, OPT.groupColumn, OPT.answerColumn, OPT.weightColumn, PARTNER.answerOrder, PARTNER.combine, PARTNER.combineLabel, PARTNER.exclude, OPT.joinCategory, OPT.endMonth, OPT.grouping],
    run: (dataset, o) =>
      surveyTable({
        answers: required(o.answers, "survey", "--answers"),
        groupColumn: required(o.groupColumn, "survey", "--group-column"),
        answerColumn: required(o.answerColumn, "survey", "--answer-column"),
        weightColumn: o.weightColumn,
        answerOrder: o.answerOrder,
        combine: o.combine,
        combineLabel: o.combineLabel,
        exclude: o.exclude,
        counts: dataset && o.category ? groupCounts(dataset, o.category, o.endMonth, groupingOf(o)) : null,
      }),
  },
  {
    id: "category-by-year",
    title: "Counts by type and year",
    description: "Counts by code and description per year with a total row.",
    seed: "4.2",
    input: "records",
    standard: true,
    options: [OPT.area, OPT.endMonth, OPT.yearCount, OPT.yearStart, OPT.codes],
    run: (dataset, o) =>
      categoryByYear(records(dataset, "category-by-year"), {
        area: o.area,
        endMonth: o.endMonth,
        years: o.years,
        startMonth: o.startMonth,
        codes: o.codes,
      }),
  },
  catalogueEntry(partnerCountsDeclaration),
  catalogueEntry(sharesDeclaration),
];

/** The Dataset a records recipe needs, or an error saying it is missing. */
function records(dataset: Dataset | null, id: string): Dataset {
  if (!dataset) throw new NotAvailableError(`The ${id} table needs crime records as input.`);
  return dataset;
}

function threeYears(years: number | null | undefined): boolean {
  if (years === null || years === undefined) return false;
  if (years !== 2 && years !== 3) throw new OptionError(`The number of years must be 2 or 3, not ${years}.`);
  return years === 3;
}

function required<T>(value: T | null | undefined, id: string, flag: string): T {
  if (value === null || value === undefined || value === "") throw new OptionError(`The ${id} table needs ${flag}.`);
  return value;
}


/** The series of the SPC charts and of their summary table, from the recipe options. */
function spcSeriesOptions(o: RecipeOptions): SpcSeriesOptions {
  return {
    area: o.area,
    categories: o.categories,
    endMonth: o.endMonth,
    months: o.months,
    grouping: groupingOf(o),
    ...rulesOption(o.rules),
    ...stepsOption(o.steps),
    minSegment: o.minSegment,
  };
}

function rulesOption(rules: string | null | undefined): { spc?: SpcOptions } {
  if (rules === null || rules === undefined || rules === "") return {};
  const found = SPC_RULES.find((r) => r === rules.trim().toUpperCase());
  if (!found) throw new OptionError(`The SPC rules must be one of ${SPC_RULES.join(", ")}, not "${rules}".`);
  return { spc: { rules: found } };
}

/** "none": no automatic step changes; "auto": a sustained shift; "kent5": Kent's 5 data point step change;
 * a whole number from 2: that many points in a row, and periods of that many months or more (or --min-segment). */
function stepsOption(steps: string | null | undefined): { autoSteps?: boolean; stepPoints?: number; stepRule?: "kent5" } {
  const text = (steps ?? "").trim().toLowerCase();
  if (text === "" || text === "auto" || text === "sustained") return {};
  if (text === "none") return { autoSteps: false };
  if (text === "kent5") return { stepRule: "kent5" };
  if (/^\d+$/.test(text) && Number(text) >= 2) return { stepPoints: Number(text) };
  throw new OptionError(`Steps must be none, auto or a number of points from 2 up, not "${steps}" (or kent5, Kent's 5 data point step change).`);
}

/** A catalogue option from its declaration: the flag is the name in kebab case (totalLabel -> --total-label). */
function optionInfo(o: { name: string; description: string; defaultText: string; required?: boolean }): RecipeOptionInfo {
  const flag = `--${o.name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  return { name: o.name as keyof RecipeOptions, flag, description: o.description, defaultText: o.defaultText, ...(o.required ? { required: true } : {}) };
}

/** A catalogue entry from a recipe declaration of src/core/recipes (issue 21's partner tables). */
function catalogueEntry(d: typeof partnerCountsDeclaration | typeof sharesDeclaration): RecipeInfo {
  return { id: d.id, title: d.title, description: d.description, seed: d.seed, input: d.input, standard: d.standard, options: d.options.map(optionInfo), run: (dataset, o) => d.run(dataset, o) };
}

/** A rate's base: a whole number from 1 (--per 10000). */
function perOf(per: number | null | undefined): number | null {
  if (per === null || per === undefined) return null;
  if (!Number.isInteger(per) || per < 1) throw new OptionError(`--per must be a whole number from 1, such as 1000 or 100000, not ${per}.`);
  return per;
}

/** "shown" (or nothing): the total row is shown; "none": left out. */
function totalRowShown(text: string | null | undefined): boolean | null {
  const word = (text ?? "").trim().toLowerCase();
  if (word === "" || word === "shown" || word === "yes") return null;
  if (word === "none" || word === "no" || word === "off") return false;
  throw new OptionError(`--total-row must be shown or none, not "${text}".`);
}

function byOption(by: string | null | undefined): "area" | "category" | null {
  if (by === null || by === undefined || by === "") return null;
  if (by === "area" || by === "category") return by;
  throw new OptionError(`Rows can be by "area" or "category", not "${by}".`);
}

/** The count of a category per area over the rolling year ending at the end month, for the survey join. */
function groupCounts(dataset: Dataset, category: string, endMonth: number | null | undefined, grouping: CategoryGrouping | null) {
  const cube = countCube(dataset);
  const end = resolveEndMonth(cube, endMonth);
  // The same grouping as every other table: police.uk's groups only where the categories are police.uk's.
  const chosen = resolveCategory(cube, category, groupingFor(cube, grouping));
  if (end - 11 < cube.firstMonth) {
    // A short count would read as a real one beside the survey answers: refuse it, as the other tables show N/A.
    throw new NotAvailableError(`The data start in ${monthLabel(cube.firstMonth)}, so the crimes per group for the ${rollingYearLabel(end)} cannot be counted in full; choose a later end month.`);
  }
  const values = new Map<string, number>();
  cube.areas.forEach((name, a) => values.set(name, cubeSum(cube, { areas: [a], categories: chosen.indices, months: [end - 11, end] })));
  return { label: `${chosen.label}, ${rollingYearLabel(end)}`, values };
}

/** The grouping table of the options, read and checked, or null for the default. */
function groupingOf(o: RecipeOptions) {
  return o.grouping ? parseCategoryGrouping(o.grouping) : null;
}

/** The population table of the options, read, and added up into the table's areas when it is of a lower level. */
function populationOf(o: RecipeOptions) {
  return readPopulation(required(o.population, "rate", "--population"), { column: o.populationColumn, areaColumn: o.populationArea, parents: o.populationParents });
}

/** The divisions table of the options, read and checked, or null for none. */
function divisionsOf(o: RecipeOptions) {
  return o.divisions ? parseDivisionTable(o.divisions) : null;
}
