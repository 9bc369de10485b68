/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands ranges and dates over as any[][] / any */
import { rollingYear as rollingYearWindow } from "../core/periods";
import { windowTotal } from "../core/periods";
import { windowCount } from "../core/periods";
import { financialYear } from "../core/periods";
import { monthKey as monthKeyOf } from "../core/periods";
import { numberChange } from "../core/change";
import { percentChange } from "../core/change";
import { changeOf } from "../core/change";
import { changeText as changeTextOf } from "../core/change";
import { ratePer as rateOf } from "../core/change";
import { InputError } from "../core";
import { excelError, guard, notFinite } from "./excel-error";
import {
  isBlank,
  notANumber,
  oneLine,
  optionalChoice,
  optionalNumber,
  optionalWhole,
  reportedLength,
  requireNumber,
} from "./coerce";
import { countWindowRows, lineOf, monthArgument, monthsOfCells, type Line, type SlowMonth } from "./month-cells";

/**
 * The sum of values over the rolling year (12 months) ending end_month, or a year earlier with years_back 1.
 * Several rows of one month are added together. Rows with a blank month cell are skipped (0 is no date).
 * Blank values at the end are months not yet reported and are left out; a blank value inside the series
 * is #VALUE! naming the row (a 0 is a count of 0). Returns #N/A naming the months of the year that have no row.
 * @customfunction ROLLINGYEAR
 * @param values The monthly counts, one row or column. Blank cells after the last count are months not yet reported.
 * @param months The month of each value, the same size: dates, "2017-10", "Oct-17", "October 2017" or "01/10/2017" (day first).
 * @param end_month The last month of the rolling year, in any of those forms (such as "2017-10" for Nov 2016 - Oct 2017).
 * @param [years_back] How many years before end_month the year ends: 0 (the default) for that year, 1 for the year before (0 to 100).
 * @returns The rolling-year total.
 */
export function rollingYear(values: any[][], months: any[][], end_month: any, years_back?: any): number {
  return guard(() => {
    const { monthList, valueList } = monthlySeries(values, months);
    return windowTotal(monthList, valueList, rollingYearWindow(endMonthOf(end_month), yearsBackOf(years_back)));
  });
}

/**
 * Counts the rows of a record-level extract (one row per crime) whose month is in the rolling year ending
 * end_month, optionally only rows whose match_range cell equals match_value (as COUNTIFS, ignoring case).
 * A month with no rows counts as zero; #N/A names the months of the year beyond the data's first or last month.
 * @customfunction RYCOUNT
 * @param months The month of each row: dates, "2017-10", "Oct-17", "October 2017" or "01/10/2017" (day first). Blank cells are skipped.
 * @param end_month The last month of the rolling year, in any of those forms.
 * @param [match_range] Optional column to match, the same size as months, such as the crime type column.
 * @param [match_value] The value match_range must equal for a row to count, such as "Burglary".
 * @param [years_back] How many years before end_month the year ends: 0 (the default) or 1 for the year before (0 to 100).
 * @returns The number of rows in the rolling year.
 */
export function ryCount(
  months: any[][],
  end_month: any,
  match_range?: any[][],
  match_value?: any,
  years_back?: any,
): number {
  return guard(() => {
    const window = rollingYearWindow(endMonthOf(end_month), yearsBackOf(years_back));
    // One pass over the ranges in place (month-cells): no copy, no parse of a month already read, one compare per distinct cell.
    const rows = countWindowRows(
      months,
      window.first,
      window.last,
      monthRow("months"),
      matcher(match_range, match_value),
    );
    windowCount([rows.earliest, rows.latest], window); // the months of the year beyond the data: #N/A naming them, as everywhere
    return rows.count;
  });
}

/**
 * One row for a change table: this rolling year, the same months a year earlier, the number change and the
 * % change (rounded to 1 decimal like ROUND; #N/A in that cell when last year is 0, as the report writes N/A).
 * Blank values are read as in CSP.ROLLINGYEAR.
 * @customfunction RYCHANGE
 * @param values The monthly counts, one row or column. Blank cells after the last count are months not yet reported.
 * @param months The month of each value, the same size: dates, "2017-10", "Oct-17", "October 2017" or "01/10/2017".
 * @param end_month The last month of this rolling year, in any of those forms.
 * @returns This year, last year, number change, % change, spilled across one row.
 */
export function ryChange(values: any[][], months: any[][], end_month: any): any[][] {
  return guard(() => {
    const { monthList, valueList } = monthlySeries(values, months);
    const end = endMonthOf(end_month);
    const current = windowTotal(monthList, valueList, rollingYearWindow(end, 0));
    const previous = windowTotal(monthList, valueList, rollingYearWindow(end, 1));
    // A sum past Excel's largest number is #NUM! with its reason, not a #VALUE! from the % change of infinities.
    for (const [total, year] of [
      [current, "This"],
      [previous, "Last"],
    ] as const) {
      if (!Number.isFinite(total))
        throw excelError(
          "#NUM!",
          `${year} rolling year's total is beyond the largest number Excel can hold (about 1E+308): check the counts for values far too large.`,
        );
    }
    const percent = percentChange(current, previous);
    const percentCell =
      percent ?? excelError("#N/A", "Last year is 0: a change from zero has no percentage (the report writes N/A).");
    return [[current, previous, numberChange(current, previous), percentCell]];
  });
}

/**
 * The change from old to new as the assessment prints it: "+2645" and "-3" (kind "NUMBER"), or "+28.6%" and
 * "-0.6%" (kind "PERCENT"). "N/A" when the % change is undefined (old is 0) or either value is the text "N/A".
 * @customfunction CHANGETEXT
 * @param new_value The count in the later period.
 * @param old_value The count in the earlier period.
 * @param [kind] "NUMBER" (the default) for the number change or "PERCENT" for the % change.
 * @returns The signed change as text.
 */
export function changeText(new_value: any, old_value: any, kind?: string): string {
  return guard(() => {
    const which = optionalChoice(kind, "kind", ["NUMBER", "PERCENT"] as const, "NUMBER");
    const current = countOrNA(new_value, "new_value");
    const previous = countOrNA(old_value, "old_value");
    // The text is made from a number, so the boundary's rule for numbers that are not finite applies to it.
    const change = changeOf(current, previous, which);
    if (change !== null && !Number.isFinite(change)) throw notFinite(change);
    return changeTextOf(current, previous, which, change);
  });
}

/**
 * The financial year holding a date, such as "2017/18" for any date from April 2017 to March 2018.
 * @customfunction FINYEAR
 * @param date The date or month: a date, "2017-10", "Oct-17", "October 2017" or "01/10/2017" (day first).
 * @param [start_month] The month number the year starts in, 1 to 12 (default 4, April). 1 gives calendar years ("2018").
 * @returns The financial year label.
 */
export function finYear(date: any, start_month?: any): string {
  return guard(() => financialYear(readMonth(date, "date"), optionalWhole(start_month, "start_month", 1, 12, 4)).label);
}

/**
 * The month of a date as police.uk writes it, "2017-10", whatever form the date is in. (Named MONTHKEY, not
 * MONTH, so that it never shadows Excel's own MONTH.) A blank date is #VALUE!.
 * @customfunction MONTHKEY
 * @param date The date or month: a date, "2017-10", "Oct-17", "Oct 2017", "October 2017", "01/10/2017" or "1/10/17" (day first).
 * @returns The month as "YYYY-MM".
 */
export function monthKey(date: any): string {
  return guard(() => monthKeyOf(readMonth(date, "date")));
}

/**
 * A rate per head of population: count / population x per, per 1,000 by default (not rounded). #N/A when
 * the population is 0 (there is no rate). (Named RATEPER, not RATE, so that it never shadows Excel's RATE.)
 * @customfunction RATEPER
 * @param count The number of offences (or anything counted).
 * @param population The population of the area.
 * @param [per] The base of the rate (default 1000; 100000 for per 100,000).
 * @returns The rate.
 */
export function rate(count: any, population: any, per?: any): number {
  return guard(() => {
    const base = optionalNumber(per, "per", 1000); // ratePer refuses a base that is not more than 0
    const value = rateOf(requireNumber(count, "count"), requireNumber(population, "population"), base);
    if (value === null) throw excelError("#N/A", "population is 0: there is no rate.");
    return value;
  });
}

/** The month of a single argument; a blank (0, null or "") is refused rather than read as serial 0 (month-cells). */
function readMonth(value: unknown, argument: string): number {
  return monthArgument(value, argument);
}

function endMonthOf(value: unknown): number {
  return readMonth(value, "end_month");
}

/** years_back, checked before the window is worked: a whole number of years a data set can go back. */
function yearsBackOf(value: unknown): number {
  return optionalWhole(value, "years_back", 0, 100, 0);
}

/** The months of a range's cells; blank cells (0, "", null) become NaN, which no window contains (see month-cells). */
function monthsOf(cells: readonly unknown[]): Float64Array {
  return monthsOfCells(cells, monthRow("months"));
}

/** The full reader of a month cell off month-cells' fast path, naming the argument and row in its message. */
function monthRow(argument: string): SlowMonth {
  return (value, i) => readMonth(value, `${argument}: row ${i + 1}`);
}

/**
 * A values range and a months range of the same size, read. Blank values after the last count are
 * months not yet reported: those rows are left out. A blank value inside, on a row with a month, is an
 * `InputError` naming the row; a row with no month is skipped whatever its value.
 */
function monthlySeries(values: any[][], months: any[][]): { monthList: Float64Array; valueList: number[] } {
  const cells = oneLine(values, "values");
  const monthCells = oneLine(months, "months");
  sameSize("values", cells.length, "months", monthCells.length);
  const reported = reportedLength(cells);
  const monthList = monthsOf(monthCells.slice(0, reported)); // months past the last value are never read
  const valueList = cells.slice(0, reported).map((value, i) => {
    if (typeof value === "number" && Number.isFinite(value)) return value;
    if (typeof value === "boolean") return Number(value);
    if (Number.isNaN(monthList[i])) return 0; // no month: the row is in no window
    if (isBlank(value))
      throw new InputError(`values: row ${i + 1} is blank, inside the series: type 0 for a month with none.`);
    throw new InputError(notANumber(`values: row ${i + 1}`, value));
  });
  return { monthList, valueList };
}

function sameSize(first: string, firstSize: number, second: string, secondSize: number): void {
  if (firstSize !== secondSize) {
    throw new InputError(
      `${first} and ${second} must be the same size: ${first} has ${firstSize} cells but ${second} has ${secondSize}.`,
    );
  }
}

/** The row test for RYCOUNT's optional match, compared as COUNTIFS does (text ignoring case). */
function matcher(
  range: any[][] | undefined,
  value: unknown,
): { line: Line; matches: (cell: unknown) => boolean } | undefined {
  const noRange = isBlank(range);
  if (noRange && isBlank(value)) return undefined;
  if (noRange || isBlank(value)) throw new InputError("match_range and match_value go together: give both or neither.");
  const wanted = comparable(value);
  // Each distinct cell is compared once a call: a type column holds a dozen texts among its 200,000 cells.
  const known = new Map<unknown, boolean>();
  return {
    line: lineOf(range, "match_range"),
    matches(cell) {
      let matches = known.get(cell);
      if (matches === undefined) known.set(cell, (matches = comparable(cell) === wanted));
      return matches;
    },
  };
}

function comparable(value: unknown): string {
  return typeof value === "string" ? value.trim().toLowerCase() : String(value);
}

/** A count for CHANGETEXT: a number, or null for the text "N/A" (a category that cannot be compared). */
function countOrNA(value: unknown, argument: string): number | null {
  if (typeof value === "string" && value.trim().toUpperCase() === "N/A") return null;
  return requireNumber(value, argument);
}
