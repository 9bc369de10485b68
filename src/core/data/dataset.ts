import type { DroppedSummary } from "../tables";
import type { DataKind, InputReading } from "../detect";
import type { PeriodUnit } from "../periods";

/**
 * A Dataset: the records of one or more extracts, held by column with categories and areas
 * dictionary-encoded, so a force's year of records (about 200,000 rows, or a million over five years)
 * costs a few bytes per row rather than one object per row.
 *
 * Record `i` is: in month `month[i]` (a month index, see `periods/month-index`), of category
 * `categories[category[i]]`, in area `areas[area[i]]`, counting `count ? count[i] : 1` crimes.
 * Record-level input (one row per crime) has no `count` column; long monthly counts and wide tables
 * are turned into records carrying their counts.
 *
 * Ingestion (`src/core/data/`) makes Datasets; the recipes (`src/core/tables/`) read them, building
 * any aggregate they need once, never rescanning the rows once per table cell.
 */
export interface Dataset {
  /** The number of records. */
  readonly length: number;
  /** Month index of each record. */
  readonly month: Int32Array;
  /** Index into `categories` of each record. */
  readonly category: Int32Array;
  /** Index into `areas` of each record. */
  readonly area: Int32Array;
  /** The count each record carries; absent for record-level data, where every record counts 1. */
  readonly count?: Float64Array;
  /** Category names, such as "Burglary" (police.uk "Crime type"). */
  readonly categories: readonly string[];
  /** Area names, such as "Maidstone" (the district from the LSOA name), or "Unknown area". */
  readonly areas: readonly string[];
  /** What the records were read from, for the table's source line (with the licence line for police.uk). */
  readonly source: string;
  /** Rows of the input that did not become records, with reasons and row numbers. */
  readonly dropped: DroppedSummary;
  /** What the records count (default "crimes"): names the tables; the crime grouping applies to crimes only. */
  readonly kind?: DataKind;
  /**
   * How long each record's period is (default "month"). For "quarter" and "year" the record's month is
   * the period's first month (April 2019 for 2019/20), and tables that need months refuse the data.
   */
  readonly periodUnit?: PeriodUnit;
  /** The month number years start in, for yearly and quarterly data (1 calendar, 4 financial years). */
  readonly yearStart?: number;
  /** What was understood of each input: layout, columns, kind, periods and why. */
  readonly readings?: readonly InputReading[];
  /** The forces the records fall within (police.uk "Falls within"), when the input says. */
  readonly forces?: readonly string[];
  /** The ONS code of each area (index = area code) where known: LSOA codes when LSOAs were kept,
   * district, ward or CSP codes once `placeAreas` has looked the areas up. "" where unknown. */
  readonly areaCodes?: readonly string[];
  /** Which areas are the force's own (true) and which are other forces' or unplaced (false), as
   * `placeAreas` decided from the ONS lookup, "Falls within" or the analyst's --areas. Absent: the
   * by-area tables fall back to a guess and say so. */
  readonly ownAreas?: readonly boolean[];
}
