/**
 * The TableModel: one standard table of a Strategic Assessment, independent of where it is shown.
 *
 * Every recipe in `src/core/tables/` returns one, and every writer (the Excel sheet writer, the .docx
 * and HTML exporters, the CSV/Markdown/xlsx output of the command-line tool) draws from it. The house
 * style lives here, in the data, so that Excel and Word always show the same table:
 * - change cells carry their sign ("+2645", "-3", "+28.6%");
 * - a comparison that cannot be made is a `null` value, shown as "N/A" with a footnote marker;
 * - sub-categories have `level` 1 and are shown with a "- " prefix;
 * - subtotal and total rows are marked by `kind` and shown bold.
 */

/** What a cell holds, which decides its number format in every writer. */
export type CellKind =
  /** A whole count of crimes, incidents or people. Shown as "13594". */
  | "count"
  /** A signed number change between two periods. Shown as "+2645", "-3", "0". */
  | "change"
  /** A signed percentage change in percentage points, rounded to one decimal. 28.6 is shown as "+28.6%". */
  | "percentChange"
  /** A share in percentage points (not signed), rounded to one decimal. 37.8 is shown as "37.8%". */
  | "percent"
  /** A rate per 1,000 (or another base) population. Shown with `decimals` places (default 1). */
  | "rate"
  /** A rank, 1 = lowest. Shown as "6". */
  | "rank"
  /** A plain number with `decimals` places (SPC centre line and limits, for example). */
  | "number"
  /** Text: a row label, a month name, an SPC signal. */
  | "text";

/**
 * One cell. `value` is a number for numeric kinds and a string for text. `null` means "not available":
 * writers show "N/A", followed by `footnote` (such as "*") when given, and the table's notes explain it.
 */
export interface TableCell {
  kind: CellKind;
  value: number | string | null;
  /** A marker such as "*" shown after "N/A" or the value; the matching note is in `TableModel.notes`. */
  footnote?: string;
  /** Decimal places for "rate", "number" and "percent" cells (default 1 for rate and percent, 2 for number). */
  decimals?: number;
  /** A background colour as six hex digits (RRGGBB), such as Making Data Count's icon colours on an
   * SPC summary; writers that can colour a cell show it, the others show the text alone. */
  fill?: string;
}

/** The role of a body row: ordinary data, a subtotal (a division, a crime group) or the grand total. */
export type RowKind = "data" | "subtotal" | "total";

export interface TableRow {
  /** 0 for a category, 1 for a sub-category (shown as "- Robbery"). */
  level: 0 | 1;
  kind: RowKind;
  /** The first cell is the row label (kind "text"). */
  cells: TableCell[];
  /**
   * True for a by-area row set apart from the force's own areas: records without a location, in other
   * forces' areas or in LSOAs a lookup does not hold. Counted in the total, never ranked, and never
   * named in the key findings as an area.
   */
  apart?: boolean;
  /** What the recipe computed for the row, beside its cells: the findings read these, not cells by position. */
  figures?: RowFigures;
}

/**
 * A row's figures as its recipe computed them, beside its cells: the key findings read these, never
 * cells by position. Every recipe fills `label` and `counts`; the rest as its table has them.
 */
export interface RowFigures {
  /** The row's label, as the findings name it (its first cell; a category-by-year row's description). */
  label: string;
  /** The count of each period, latest first (a rate table: its offences; a category-by-year row: one per
   * year of the table's `figures.years`; a survey row: the respondents giving each answer, in the table's
   * answer order); null for a period the data cannot fill. */
  counts: (number | null)[];
  /** The latest count minus the one before; null when either is not available; absent when the table has no change. */
  change?: number | null;
  /** The % change as printed (one decimal); null when not available or from 0; absent when the table has none. */
  percent?: number | null;
  /** The row's place in the table's ranking (1 = largest fall, or lowest rate); null when unranked; absent when the
   * table ranks nothing. */
  rank?: number | null;
  /** Rate tables: the rate of each year, latest first, as printed (rounded to `decimals`); null where N/A. */
  rates?: (number | null)[];
  /** Rate tables: the population each year's rate divides by, latest first; null where the table has none. */
  populations?: (number | null)[];
  /** Survey tables: the number of respondents (unweighted), the share of each answer as printed (in the table's
   * answer order), and the combined share as printed (null when the table shows none). */
  respondents?: number;
  answerShares?: number[];
  combined?: number | null;
  /** The row's shares of a base (outcomes, repeats): one entry per group, its periods latest first. */
  shares?: ShareFigures[];
}

/** One group's part of a base in each period, latest first, as the recipe counted and rounded them. */
export interface ShareFigures {
  /** The group as the table heads it ("Charge/Summons", "Repeat victims"). */
  group: string;
  /** The part counted; null where it is held back or not available. */
  parts: (number | null)[];
  /** The base it is a share of (recorded crimes, distinct victims); null where not available. */
  bases: (number | null)[];
  /** The share as printed, in percentage points; null where it cannot be worked out. */
  percents: (number | null)[];
}

/** A year of a table by year (fy-pivot, category-by-year), as the recipe computed it. */
export interface YearFigures {
  /** The year as printed: "2017" or "2017/18" (without a part-year marker). */
  label: string;
  /** The year's total; null when the data do not reach it at all. */
  total: number | null;
  /** False for a year the data cover only in part (which the table marks, and the findings never compare). */
  whole: boolean;
}

/** A table's own figures, beside its rows': what is not one row's (the years of a table by year, the survey's
 * combined answer, a rate's decimals). */
export interface TableFigures {
  /** Tables by year: each year, latest first (a category-by-year row's `counts` follow the same order). */
  years?: YearFigures[];
  /** Survey tables: the combined share's heading ("Very worried or Somewhat worried"), absent when none is shown. */
  combined?: string;
  /** Rate tables: the decimal places the rates are printed with. */
  rateDecimals?: number;
}

/**
 * A header cell. `span` is the number of columns it covers (default 1), for multi-row headers such as
 * "Rolling year" above "RY ending Oct 2017" and "RY ending Oct 2016".
 */
export interface HeaderCell {
  text: string;
  span?: number;
}

/** A monthly series with SPC results, carried by an `spc-series` table for charts. */
export interface ChartSeries {
  /** The chart's title: area, category and period. */
  title: string;
  /** The series' category ("Violent crime") and area ("Maidstone", "London, City of"), for the texts that
   * name the series without its period (the SPC summary, the key findings); absent on charts read back
   * from elsewhere, which are then named by their title. */
  category?: string;
  area?: string;
  /** Month keys, "2017-10", one per point. */
  months: string[];
  values: number[];
  centreLine: number[];
  lowerLimit: number[];
  upperLimit: number[];
  /** The special-cause label of each point, "" for common cause. */
  signals: string[];
  /** Which direction is better, for the markers' colours (concern or improvement); "DOWN" when omitted. */
  improvement?: "DOWN" | "UP" | "NEITHER";
}

export interface TableModel {
  /** A short stable identifier of the recipe that made it, such as "rolling-year". */
  recipe: string;
  /** The table's title as a caption would show it: "Volume of crimes by type, Maidstone, RY ending Oct 2017". */
  title: string;
  /** A short name for a worksheet (at most 31 characters, no []:*?/\ characters). */
  sheetName: string;
  /** One or more header rows. The spans of each row add up to the number of columns. */
  headerRows: HeaderCell[][];
  rows: TableRow[];
  /** Footnotes and caveats, shown under the table in order. */
  notes: string[];
  /** The source line, such as "Source: police.uk street-level crime, ...". */
  source: string;
  /** Rows of the input not used, with reasons; shown with the table. */
  dropped?: DroppedSummary;
  /** Present on SPC tables: the series the charts are drawn from. */
  charts?: ChartSeries[];
  /** What the table is about, so its key findings can say it in words (set by the recipes). */
  subject?: TableSubject;
  /** What the recipe computed that is not one row's (see each row's `figures`). */
  figures?: TableFigures;
}

/**
 * What a table is about, beyond its title: the area, the category and the periods compared. The key
 * findings (src/core/findings) read it rather than parsing the title.
 */
export interface TableSubject {
  /** The area the table is for ("Maidstone"); "All areas" or the force's label when it covers every area. */
  area?: string;
  /** The category or group ("All crime", "Violent crime"). */
  category?: string;
  /** The periods compared, latest first, as month indices (see periods/month-index). */
  periods?: { first: number; last: number }[];
  /** The label of the row holding the whole force in a by-area table ("Force"). */
  totalLabel?: string;
  /** What is counted, plural: "crimes", "incidents", "searches" (see tables/counted). */
  noun?: string;
  /** A rate table's base: rates per this many of the population (1000). */
  per?: number;
}

/** How many input rows were left out of a table, and why (reason -> count and the first row numbers). */
export interface DroppedSummary {
  total: number;
  reasons: { reason: string; count: number; firstRows: number[] }[];
}
