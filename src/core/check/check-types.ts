/**
 * The shapes "Check a table" works with: a printed cell read as a number, the table as recognised
 * (columns, rows, groups), and the report (what was recognised, each disagreement).
 */

/** A cell as printed, read as a number where it is one. */
export interface PrintedNumber {
  /** The number (a percentage in percentage points, "+32.4%" is 32.4), or null when there is none. */
  value: number | null;
  /**
   * "number" or "percent" (printed with a % sign); "missing" for a printed not-available mark ("N/A",
   * "..", "-", "##"); "blank" for an empty cell; "text" for anything else.
   */
  kind: "number" | "percent" | "missing" | "blank" | "text";
  /** Decimal places as printed ("28.6" has 1), which is the precision the value is checked at. */
  decimals: number;
  /** A trailing footnote mark ("*", "¹", "†"), "" when none. */
  footnote: string;
  /** The cell's text, trimmed. */
  text: string;
  /** True when the cell was a number value (from a workbook), not text: its precision is not printed. */
  raw: boolean;
}

/** What a column holds, as recognised from its header and values. */
export type ColumnRole =
  /** A row label (text): the category or area. */
  | "label"
  /** A count for a period ("RY ending Oct 2017", "2016", "Nov 2016 - Oct 2017", "April"). */
  | "period"
  /** A count that is not dated ("Number of offences", "Count"). */
  | "count"
  /** The difference between two periods. */
  | "numberChange"
  /** The % change between two periods. */
  | "percentChange"
  /** A rate per head of population. */
  | "rate"
  /** A rank (1 = lowest or highest). */
  | "rank"
  /** A share of a whole, in %. */
  | "share"
  /** The sum of the row's counts ("Yearly Total"). */
  | "rowTotal"
  /** The population of each row ("Population", "Mid-2016 population"): the base of the table's own rates. */
  | "population"
  /** Numbers the check does not know how to derive (SPC limits, scores): not checked. */
  | "other"
  /** Text that is not the row label. */
  | "text";

export interface CheckColumn {
  /** Position in the recognised table (0 = first column). */
  index: number;
  /** The header as printed, rows of a multi-row header joined: "Rolling year RY ending Oct 2017". */
  header: string;
  /** The name used in findings: the header's last line, or "column 5 (no header)". */
  name: string;
  role: ColumnRole;
  /** A sort key of the period the header names (year * 12 + month), for telling newer from older. */
  time: number | null;
  /** The base of a rate column: 1000 for "per 1,000". */
  per?: number;
}

export interface CheckRow {
  /** Row of the matrix as given (0-based), for cell addresses. */
  source: number;
  /** The label as printed ("- Robbery"). */
  label: string;
  /** The label without its sub-category mark, as findings name it ("Robbery"). */
  name: string;
  level: 0 | 1;
  kind: "data" | "subtotal" | "total";
  /** One entry per recognised column. */
  cells: PrintedNumber[];
  /** The column of the matrix each recognised column's cell came from (-1 where the row has none). */
  sourceColumns: number[];
  /** True when the row was bold (a Markdown "**...**" row): a subtotal or total in the toolkit's tables. */
  bold: boolean;
}

/** A table as recognised, before any check. */
export interface CheckTable {
  columns: CheckColumn[];
  rows: CheckRow[];
  /** Header rows of the matrix (0-based count). */
  headerRows: number;
  /** What the reading found out, in plain words, for the report. */
  notes: string[];
}

/** One disagreement between a printed cell and the value recomputed from the cells it derives from. */
export interface CheckFinding {
  /** Row and column of the matrix as given (0-based). */
  row: number;
  column: number;
  rowName: string;
  columnName: string;
  /** The cell as printed. */
  printed: string;
  /** The right value, as it would be printed at the printed precision ("+1443", "42.6%"). */
  expected: string;
  /** How the right value is worked out: "4833 - 3390 = +1443". */
  working: string;
  /** The whole finding in one sentence. */
  message: string;
}

/** The result of checking a table. */
export interface CheckReport {
  /** What was recognised, one line each: columns, rows, which check reads which columns. */
  recognised: string[];
  findings: CheckFinding[];
  /** How many derived cells were recomputed and compared. */
  checkedCells: number;
}

/** What one kind of check (changes, ranks, sums ...) found. */
export interface CheckPart {
  /** Lines for the "recognised" list: which columns the check read, or why a column was not checked. */
  recognised: string[];
  findings: CheckFinding[];
  /** Cells recomputed and compared. */
  checked: number;
}
