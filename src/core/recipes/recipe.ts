import type { Dataset } from "../data";
import type { ParentArea } from "../tables";
import type { TableModel } from "../tables";

/** A table of cell values, header row first: Office.js `range.values`, or a parsed CSV or sheet. */
export type Matrix = readonly (readonly unknown[])[];

/**
 * Everything a recipe can be asked for, as the command-line tool and the wizard collect it. Each recipe
 * reads the options its declaration lists and ignores the rest. Tables (population, divisions, grouping,
 * survey answers, codes) are passed as matrices; the recipes read and check them.
 */
export interface RecipeOptions {
  /** Area (district) name. */
  area?: string | null;
  /** Category or group name, or "All crime". */
  category?: string | null;
  /** End month index (see periods/month-index). Default: the latest month in the data. */
  endMonth?: number | null;
  /** Population table. */
  population?: Matrix | null;
  /** Population column per year, latest first (rate), such as ["POP21", "POP11"]. */
  populationColumns?: string[] | null;
  /** Parents of a lower-level population table's codes (ward -> district, LSOA -> ward), to add it up. */
  populationParents?: { parents: ReadonlyMap<string, ParentArea>; what: string } | null;
  /** The one population column to use, any column of the table (rate), such as "all_ages". */
  populationColumn?: string | null;
  /** The population table's area column, by header (names or ONS codes), when its header does not say (rate). */
  populationAreaColumn?: string | null;
  /** Series to chart (spc-series), such as ["All crime", "Violent crime"]. */
  categories?: string[] | null;
  /** Months charted (spc-series). */
  months?: number | null;
  /** District-to-division table. */
  divisions?: Matrix | null;
  /** Crime type grouping table. Default: the police.uk grouping (seed 2.6). */
  grouping?: Matrix | null;
  /** Years (or periods) shown: 2 or 3 for the comparisons, 1 to 3 for rates, 1 to 10 across. */
  years?: number | null;
  /** Rows by "area" or "category" (period-comparison). */
  by?: string | null;
  /** Months in each period (period-comparison), default 12. */
  periodMonths?: number | null;
  /** First month of the year, 1-12 (fy-pivot default 4 = April; category-by-year default 1). */
  startMonth?: number | null;
  /** Survey answers (survey). */
  answers?: Matrix | null;
  /** Column names of the survey answers (survey). */
  groupColumn?: string | null;
  answerColumn?: string | null;
  weightColumn?: string | null;
  /** Codes and descriptions of categories (category-by-year). */
  codes?: Matrix | null;
  /** Significance level of the "Significant change" column; no column when null. */
  significance?: number | null;
  /** SPC rules preset (spc-series): MDC, NHSR, WECO or ANHOEJ. */
  rules?: string | null;
  /** Automatic step changes (spc-series): auto, kent5, none or a number of points ("auto" is a sustained shift
   * of 7 points in a row, "kent5" Kent's 5 data point step change). */
  steps?: string | null;
  /** Fewest months between step changes (spc-series), default 12 (5 with the kent5 step rule). */
  minSegment?: number | null;
  /** The total row's label; a row of that name in the data is the file's own total, checked. */
  totalLabel?: string | null;
  /** The ranking column: lowest (1 = lowest), highest or none. */
  rank?: string | null;
  /** Survey answers in table order, the answers added up in the combined share, its header, and answers
   * left out of the shares (survey). */
  answerOrder?: string[] | null;
  combine?: string[] | null;
  combineLabel?: string | null;
  exclude?: string[] | null;
  /** A partner's own table of counts (partner-counts, shares). */
  table?: Matrix | null;
  /** The changes shown (partner-counts): previous, year, first. */
  changes?: string[] | null;
  /** Rates per this many of the population (rate, partner-counts), such as 10000. */
  per?: number | null;
  /** Rows not comparable before a period, "LABEL=PERIOD;..." (partner-counts). */
  breaks?: string | null;
  /** The share's base row (shares), such as "Total"; default each column's sum. */
  ofRow?: string | null;
  /** Decimal places of shares (shares). */
  decimals?: number | null;
  /** The table's title (partner-counts, shares). */
  title?: string | null;
  /** The total row: shown (default) or none. */
  totalRow?: string | null;
}

/** The name of an option: its key in `RecipeOptions`. */
export type OptionName = Exclude<keyof RecipeOptions, "populationParents">;

/**
 * How an option's value is typed and read:
 * - "text": a name, as typed ("Maidstone");
 * - "list": names separated by commas ("All crime,Violent crime");
 * - "whole": a whole number, within `range`;
 * - "month": a month, typed YYYY-MM, held as a month index;
 * - "level": a significance level between 0 and 1 (0.05, 5%), `defaultValue` when asked for without one;
 * - "choice": one of `choices`;
 * - "table": a table (a file, or a sheet or Excel table in the wizard);
 * - "grouping": a table, or the name of a built-in grouping (none, police-uk).
 */
export type OptionType = "text" | "list" | "whole" | "month" | "level" | "choice" | "table" | "grouping";

/** One option of a recipe, declared once: the CLI's flag, validation and --help and the wizard's field come from it. */
export interface OptionSchema {
  /** The key in `RecipeOptions` (the CLI's flag is its kebab-case form: endMonth -> --end-month). */
  name: OptionName;
  type: OptionType;
  /** The wizard's field label, in the analyst's words: "End month". */
  label: string;
  /** What the option is, in one line (the CLI's --help line, the wizard's hint). */
  description: string;
  /** The default, in words ("latest month in the data"), or "" when required. */
  defaultText: string;
  /** The default as a value, where a front end fills it in (a "level" given without a value, a start month). */
  defaultValue?: number | string;
  /** True when the recipe cannot run without it. */
  required?: boolean;
  /** For "whole": the smallest and (optionally) largest value taken. */
  range?: { min: number; max?: number };
  /** For "choice": the values taken, as they are typed. */
  choices?: readonly string[];
  /**
   * The start of the message for a value out of range, when it is not "The <label> must be <range>":
   * "Rows can be by \"area\" or \"category\"" (", not \"ward\"." follows).
   */
  mustBe?: string;
}

/** A recipe as it declares itself: one module each, under src/core/recipes. */
export interface RecipeInfo<Id extends string = string> {
  /** The id that names it (`satk table rolling-year`, the TableModel's `recipe`). */
  id: Id;
  /** Title, such as "Volume of crimes by type (rolling year)". */
  title: string;
  /** One line for --help and the wizard. */
  description: string;
  /** The seed section the table follows ("2.6"). */
  seed: string;
  /** "records" when it reads a crime Dataset; "survey" when it reads survey answers (and optionally a Dataset);
   * "table" when it reads a partner's own table (the `table` option) and no records. */
  input: "records" | "survey" | "table";
  /** True for the "all standard tables" set. */
  standard: boolean;
  options: readonly OptionSchema[];
  /** Makes the table, once its options are checked against `options`. `dataset` may be null only for survey and table recipes. */
  run(dataset: Dataset | null, options: RecipeOptions): TableModel;
}
