import type { Dataset } from "./dataset";
import type { DataKind } from "../detect";
import { areaName } from "./area-name";
import { finalKind } from "./build-dataset";
import { cellText } from "../cells";
import { DEFAULT_DISTRICT_RENAMES } from "./district-renames";
import { dropStrayMonths } from "./drop-stray-months";
import { createRecordSink } from "./record-sink";
import { InputError } from "..";
import { monthIndex } from "../periods";
import { parseMonth } from "../periods";

/** A record-level extract held as columns (a worksheet's Month, Crime type and LSOA name columns), read cell by cell. */
export interface RecordColumns {
  /** What the columns are called in messages and the source line, such as "months". */
  name: string;
  /** The number of rows. */
  length: number;
  /** The month cell of row `row` (0-based). */
  month(row: number): unknown;
  /** The category cell of each row; absent: every record is of one category, "All" (as a file without one is read). */
  category?: (row: number) => unknown;
  /** The area cell of each row: a district, or an LSOA name (counted in its district); absent: "All areas". */
  area?: (row: number) => unknown;
}

export interface ColumnReadOptions {
  /** Reads a month cell: its month index, NaN for a blank cell; default `parseMonth`, blank text blank. */
  readMonth?: (value: unknown, row: number) => number;
  /** What the records count (default crimes; anti-social behaviour alone is "asb", as `buildDataset` decides). */
  kind?: DataKind;
  /** The month of the run (default this month): records dated after it are taken out, as `buildDataset` does. */
  runMonth?: number;
}

/**
 * Builds a Dataset from an extract's columns, one record per row, by the rules `buildDataset` reads a
 * worksheet's record-level rows with (`readMatrix`): the same record sink, district renames (Shepway ->
 * Folkestone and Hythe), LSOA names counted in their district, "Unknown area" for a row without one,
 * anti-social behaviour its own category, stray months taken out (`dropStrayMonths`), and the same
 * messages, naming the columns and row, for a month that cannot be read. The custom functions that
 * spill a whole table (CSP.RYTABLE and the others) read their ranges here, so a formula and the
 * command line make one table from one extract. Each distinct category and area cell is named once.
 *
 * Missing values: a row with every cell blank is a "blank row", one without a month "no month", one
 * without a category "no category" (each dropped and counted, as `readMatrix` does); a blank area is
 * "Unknown area".
 *
 * @param columns the columns, with their name and length
 * @param options how month cells are read, the kind, the month of the run
 * @returns the Dataset
 * @throws {InputError} naming the columns and row (1 = the first cell of the range) for a month that cannot be read
 * @example
 * datasetFromColumns({ name: "months", length: 1, month: () => "2017-10", category: () => "Burglary", area: () => "Maidstone 014C" }).areas; // => ["Maidstone"]
 */
export function datasetFromColumns(columns: RecordColumns, options: ColumnReadOptions = {}): Dataset {
  const sink = createRecordSink(DEFAULT_DISTRICT_RENAMES, columns.length);
  const readMonth = options.readMonth ?? ((value: unknown) => (cellText(value) === "" ? NaN : parseMonth(value)));
  const categoryIds = new Map<unknown, number>();
  const areaIds = new Map<unknown, number>();
  const oneCategory = columns.category ? -1 : sink.categoryId("All");
  const oneArea = columns.area ? -1 : sink.areaId("All areas");
  for (let row = 0; row < columns.length; row++) {
    const rawMonth = columns.month(row);
    let month: number;
    try {
      month = readMonth(rawMonth, row);
    } catch (error) {
      // As readMatrix's rowError: the input's name and row before the reader's message.
      throw new InputError(
        `${columns.name}, row ${row + 1}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    const rawCategory = columns.category ? columns.category(row) : "All";
    const rawArea = columns.area ? columns.area(row) : "";
    if (month !== month) {
      const blankRow = (!columns.category || cellText(rawCategory) === "") && cellText(rawArea) === "";
      sink.drop(blankRow ? "blank row" : "no month", row + 1);
      continue;
    }
    let category = oneCategory;
    if (columns.category) {
      category = categoryIds.get(rawCategory) ?? -1;
      if (category < 0) {
        const text = cellText(rawCategory);
        if (text === "") {
          sink.drop("no category", row + 1);
          continue;
        }
        categoryIds.set(rawCategory, (category = sink.categoryId(text)));
      }
    }
    let area = oneArea;
    if (columns.area) {
      area = areaIds.get(rawArea) ?? -1;
      if (area < 0)
        areaIds.set(rawArea, (area = sink.areaId(areaName(cellText(rawArea), { areaIsLsoa: true }, false))));
    }
    sink.add(month, category, area, 1);
  }
  const dataset = dropStrayMonths(sink.finish(columns.name), options.runMonth ?? thisMonth());
  return {
    ...dataset,
    kind: finalKind(options.kind ?? "crimes", dataset.categories, options.kind),
    periodUnit: "month",
  };
}

/** The month of this run, from the clock (as `buildDataset` takes it). */
function thisMonth(): number {
  const now = new Date();
  return monthIndex(now.getFullYear(), now.getMonth() + 1);
}
