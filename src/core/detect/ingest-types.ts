import type { RecordPart, RecordPartSpec } from "../csv";
import type { PeriodUnit } from "../periods";
import type { TextEncoding } from "../bytes";
import type { DelimiterName } from "../csv";

/**
 * The types ingestion shares: layouts, column roles, the layout guess and the options of `buildDataset`.
 */

/**
 * How a table holds its crimes:
 * - "record": one row per crime or incident (police.uk street-level files, force extracts);
 * - "long": one row per month, category and area, with a count;
 * - "wide": one row per category and/or area, one column per month holding counts.
 */
export type Layout = "record" | "long" | "wide";

/**
 * What the rows count, which names the tables ("Volume of searches by type") and decides whether the
 * police.uk crime grouping and "All crime" apply (crimes only):
 * - "crimes": recorded crimes (police.uk street files, force crime extracts);
 * - "asb": anti-social behaviour incidents on their own;
 * - "outcomes": police.uk outcomes (one row per outcome of a crime);
 * - "searches": stop and searches;
 * - "counts": other counts (needle finds, calls, cases), named by their own categories;
 * - "rates": rates, percentages or other measures: never added up, so refused for count tables.
 */
export type DataKind = "crimes" | "asb" | "outcomes" | "searches" | "counts" | "rates";

/** The kinds, for menus and messages, in the order the wizard lists them. */
export const DATA_KINDS: readonly DataKind[] = ["crimes", "asb", "outcomes", "searches", "counts", "rates"];

/** The kinds in words, for what was understood and the messages that name a kind. */
export const KIND_WORDS: Readonly<Record<DataKind, string>> = {
  crimes: "crimes",
  asb: "anti-social behaviour incidents",
  outcomes: "outcomes",
  searches: "stop and searches",
  counts: "other counts",
  rates: "rates or other measures",
};

/** The roles a column can be given by name (`--period-column`, `--category-column`, ...). */
export type RoleName = "month" | "category" | "area" | "count" | "id" | "year";

/** The option that names each role's column by its heading (a remedy's `option`; the CLI's flag is its kebab case). */
export const ROLE_OPTIONS: Readonly<Record<RoleName, string>> = {
  month: "periodColumn",
  year: "yearColumn",
  category: "categoryColumn",
  area: "areaColumn",
  count: "countColumn",
  id: "idColumn",
};

/** The police.uk files the toolkit knows by their header. */
export type PoliceUkFile = "street" | "outcomes" | "stop-and-search";

/** Which column (0-based) plays which part. Any role may be absent where the layout allows it. */
export interface ColumnRoles {
  /** The period of the row: a month, date, timestamp, quarter or year (record and long layouts). */
  month?: number;
  /** The year, when year and month are in separate columns (`Calendar_Year,Month`); `month` then holds the month. */
  year?: number;
  /** The crime type or category. */
  category?: number;
  /** The area: a district, ward or LSOA name. */
  area?: number;
  /** The count (long layout). */
  count?: number;
  /** The crime's identifier (record layout), for counting distinct crimes. */
  id?: number;
  /** True when `area` holds LSOA names ("Maidstone 014C"), so the district is taken from them. */
  areaIsLsoa?: boolean;
  /** The column of the area's ONS code (police.uk "LSOA code"), read only when LSOAs are kept. */
  areaCode?: number;
  /** Wide layout: the columns that hold months, and which month each holds. */
  monthColumns?: { column: number; month: number }[];
  /**
   * One column per category or per area (`Month, Burglary, Robbery`): the columns holding counts and the
   * name each stands for; `valuesAre` says which role the names play (absent while that is not settled).
   */
  valueColumns?: { column: number; label: string }[];
  valuesAre?: "category" | "area";
  /** A column headed "Total" that holds each row's total, checked against the row's own counts. */
  totalColumn?: number;
}

/** A proposed reading of a table, with how sure the guess is; the caller may override any of it. */
export interface LayoutGuess {
  layout: Layout;
  /** From 0 (a fallback guess) to 1 (recognised beyond doubt, such as a police.uk header). */
  confidence: number;
  /** Why, in plain words, for the wizard to show. */
  reason: string;
  /** The column roles proposed from the header and values. */
  roles: ColumnRoles;
  /** True when the header is a police.uk street-level file's. */
  policeUk: boolean;
  /** The 0-based row holding the header (the first row that is not blank). */
  headerRow: number;
  /** What the rows count, as guessed. */
  kind: DataKind;
  /** Every reason behind the guess, in plain words: the layout, each role's column, the kind, columns not counted. */
  reasons: string[];
  /** The police.uk file recognised by its header, if any. */
  policeUkFile?: PoliceUkFile;
  /** The column naming the force ("Falls within"), for the source line. */
  forceColumn?: number;
  /** Wide tables headed by quarters or years: the unit and the month years start in (months when absent). */
  periodUnit?: PeriodUnit;
  yearStart?: number;
}

/** One table to read: CSV text or bytes (gunzipped already), or a matrix of cell values. */
export interface DataInput {
  /** The file or range name, used in messages and the source line. */
  name: string;
  /** CSV text or its UTF-8 bytes. */
  csv?: string | Uint8Array;
  /**
   * The CSV's bytes in pieces read one after another, instead of `csv`: a large file read in blocks
   * is never held whole. Each piece is used before the next is asked for, so a reader may reuse a buffer.
   */
  pieces?: Iterable<Uint8Array>;
  /** The CSV's size in bytes when known (with `pieces`), to size the columns once. */
  byteLength?: number;
  /**
   * With `pieces`, when they end part-way through a large file (just after a line end): the rest of
   * the file, which another thread may read while this one reads `pieces` (see `readCsvRecords`).
   */
  later?: LaterBytes;
  /** Cell values as Office.js `range.values` gives them (strings, numbers, booleans, "" for blank). */
  values?: unknown[][];
  /** The spreadsheet row number of the matrix's first row (default 1), so messages name real rows. */
  firstRowNumber?: number;
}

/**
 * The later bytes of a large CSV, which another thread (the command line's worker) can read into a
 * `RecordPart` while this thread reads the first bytes. Exactly one of `part`, `pieces` or `cancel`
 * is used after `begin`, and `pieces` or `cancel` when `begin` is never called.
 */
export interface LaterBytes {
  /** The bytes, in pieces, for reading them on this thread instead. */
  pieces: Iterable<Uint8Array>;
  /** Asks the other thread to read the records of these bytes as `spec` says. */
  begin(spec: RecordPartSpec): void;
  /** Waits for the other thread's records; undefined when it could not read them (read `pieces` then). */
  part(): RecordPart | undefined;
  /** Tells the other thread it is not needed. */
  cancel(): void;
}

/** Options of `buildDataset`. */
export interface BuildOptions {
  /** Overrides the detected layout. */
  layout?: Layout;
  /** Overrides detected column roles, role by role. */
  roles?: ColumnRoles;
  /** Count distinct crime IDs instead of rows: a repeated ID is dropped, with its reason. Default false. */
  countDistinctIds?: boolean;
  /** District renames (old -> new); default `DEFAULT_DISTRICT_RENAMES`. */
  districtRenames?: Readonly<Record<string, string>>;
  /** Overrides the source line built from the inputs. */
  source?: string;
  /** Overrides what the rows count. */
  kind?: DataKind;
  /** Columns given roles by their header text (`--period-column Date`), applied after `roles`. */
  columnNames?: Partial<Record<RoleName, string>>;
  /** Only rows whose column holds the value (trimmed, any case) are read; other rows are dropped with the reason. */
  filters?: { column: string; value: string }[];
  /** Keep each LSOA (name and code) as the area instead of its district, for ward and LSOA tables. */
  keepLsoas?: boolean;
  /** The month index of the run (default: this month by the clock); records dated after it are not used. */
  runMonth?: number;
  /** Told the name and encoding of each CSV input that is not UTF-8 (UTF-16, Windows-1252), so the reader can say so. */
  onEncoding?: (name: string, encoding: TextEncoding) => void;
  /** What a table's one-column-per-name columns hold (`Month, Burglary, Robbery`: categories), when the reading cannot tell. */
  columnsHold?: "category" | "area";
  /** The byte between fields of every CSV input, when the analyst names it; found from each file's first lines otherwise. */
  delimiter?: DelimiterName;
}

/** What was understood of one input, for the command line to print and the wizard to show. */
export interface InputReading {
  name: string;
  layout: Layout;
  /** Each role's column header, such as { month: "Month", category: "Crime type" }. */
  columns: Partial<Record<RoleName, string>>;
  kind: DataKind;
  /** The periods the period column (or the wide header) holds, such as "months" or "financial years (April to March)". */
  periods: string;
  reasons: string[];
}

/** The area of records with no LSOA or area: kept and shown, never dropped. */
export const UNKNOWN_AREA = "Unknown area";
