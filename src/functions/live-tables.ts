/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands ranges and values over as any[][] / any */
import type { Dataset } from "../core/data";
import { datasetFromColumns } from "../core/data";
import { InputError } from "../core";
import { parseMonth } from "../core/periods";
import { areaComparison } from "../core/tables";
import { parseCategoryGrouping, type CategoryGrouping } from "../core/tables";
import { parseDivisionTable, type DivisionMap } from "../core/tables";
import { fyPivot as fyPivotTable } from "../core/tables";
import { groupingTable } from "../core/tables";
import { rateTable as rateTableOf } from "../core/tables";
import { readPopulation } from "../core/tables";
import { rollingYear } from "../core/tables";
import { asRange, describeValue, errorCodeOf, isBlank, optionalWhole } from "./coerce";
import { guard } from "./excel-error";
import { lineOf, monthArgument, monthReader, notSameSize, type Line } from "./month-cells";
import { tableSpill } from "./table-spill";

/**
 * Whole standard tables as one formula each: the extract's columns in, the table spilled out with its
 * header row, in the layout and with the figures of the command line's and the wizard's table (the
 * recipes of src/core/tables, over a Dataset built by core's `datasetFromColumns`). A new month's extract
 * pasted into the ranges updates the table on recalculation, in one pass over the rows.
 *
 * Arguments follow the one blank-cell policy (README, "Blank cells"): a blank month, category or area
 * cell (0, null or "") is blank; rows without a month are left out, as the command line leaves them.
 */

/**
 * Volume of crimes by type for an area (seed table 2.6), spilled with its header row: crime type (groups,
 * "- " sub-groups, then "All crime", which leaves out anti-social behaviour), the end month's count, the
 * rolling years, number change and % change (in percentage points). "N/A" where the data do not cover a year.
 * @customfunction RYTABLE
 * @param months The month of each row (police.uk "Month"): "2017-10", dates, "Oct-17" or "01/10/2017". Blank cells are left out.
 * @param categories The crime type of each row (police.uk "Crime type"), the same size as months.
 * @param end_month The last month of the rolling year, such as "2017-10" for Nov 2016 - Oct 2017.
 * @param [areas] The area of each row, the same size: districts, or LSOA names (police.uk "LSOA name"), counted in their district.
 * @param [area] The area the table is for, such as "Maidstone"; every area when left out.
 * @param [grouping] "police-uk", "none", or a grouping table with its header (Crime type, Group, Sub-group, Summary). Default: police.uk's for police.uk crime types.
 * @param [years] The rolling years shown: 2 (the default) or 3.
 * @returns The table, header row first.
 */
export function ryTable(
  months: any[][],
  categories: any[][],
  end_month: any,
  areas?: any[][],
  area?: any,
  grouping?: any[][],
  years?: any,
): any[][] {
  return guard(() => {
    const dataset = extract(months, categories, areas);
    const options = {
      endMonth: monthArgument(end_month, "end_month"),
      area: areaChoice(area, areas),
      grouping: groupingOf(grouping),
      thirdYear: yearCount(years) === 3,
    };
    return tableSpill(rollingYear(dataset, options));
  });
}

/**
 * One category by area (seed table 3.1), spilled with its header row: each area (by division with
 * subtotals when a divisions table is given), "Unknown area" and other forces' areas apart, and the
 * force's total: the end month's count, the rolling years, number change and % change.
 * @customfunction AREATABLE
 * @param months The month of each row (police.uk "Month"): "2017-10", dates, "Oct-17" or "01/10/2017". Blank cells are left out.
 * @param areas The area of each row, the same size: districts, or LSOA names (police.uk "LSOA name"), counted in their district.
 * @param end_month The last month of the rolling year, such as "2017-10".
 * @param [categories] The crime type of each row, the same size; every row counts as one crime when left out.
 * @param [category] "All crime" (the default), a group such as "Violent crime", or a crime type.
 * @param [divisions] A district-to-division table with its header (District, Division), for subtotals.
 * @param [years] The rolling years shown: 2 (the default) or 3.
 * @returns The table, header row first.
 */
export function areaTable(
  months: any[][],
  areas: any[][],
  end_month: any,
  categories?: any[][],
  category?: any,
  divisions?: any[][],
  years?: any,
): any[][] {
  return guard(() => {
    const dataset = extract(months, categories, requiredRange(areas, "areas"));
    const options = {
      endMonth: monthArgument(end_month, "end_month"),
      category: textChoice(category, "category"),
      divisions: divisionsOf(divisions),
      thirdYear: yearCount(years) === 3,
    };
    return tableSpill(areaComparison(dataset, options));
  });
}

/**
 * Crimes and the rate per 1,000 population by area (seed table 2.5), spilled with its header row: the
 * offences of the latest rolling year, the rate for each year, and the ranking by the latest rate (1 = lowest).
 * @customfunction RATETABLE
 * @param months The month of each row (police.uk "Month"): "2017-10", dates, "Oct-17" or "01/10/2017". Blank cells are left out.
 * @param areas The area of each row, the same size: districts, or LSOA names (police.uk "LSOA name"), counted in their district.
 * @param end_month The last month of the latest rolling year, such as "2017-10".
 * @param population The population table with its header: area names (and codes) and population columns (the census file is one).
 * @param [categories] The crime type of each row, the same size; every row counts as one crime when left out.
 * @param [category] "All crime" (the default), a group such as "Violent crime", or a crime type.
 * @param [years] The years of rates, 1 to 3; default as many whole rolling years as the data hold, at most 3.
 * @param [divisions] A district-to-division table with its header (District, Division), for subtotals.
 * @param [population_column] The population column to use, such as "POP21"; default the all-ages or the last one.
 * @returns The table, header row first.
 */
export function rateTable(
  months: any[][],
  areas: any[][],
  end_month: any,
  population: any[][],
  categories?: any[][],
  category?: any,
  years?: any,
  divisions?: any[][],
  population_column?: any,
): any[][] {
  return guard(() => {
    const endMonth = monthArgument(end_month, "end_month"); // the one required single argument, checked before the tables are read
    const dataset = extract(months, categories, requiredRange(areas, "areas"));
    const table = readPopulation(lookupTable(requiredRange(population, "population"), false), {
      column: textChoice(population_column, "population_column"),
    });
    const options = {
      population: table,
      endMonth,
      category: textChoice(category, "category"),
      years: isBlank(years) ? null : optionalWhole(years, "years", 1, 3, 1),
      divisions: divisionsOf(divisions),
    };
    return tableSpill(rateTableOf(dataset, options));
  });
}

/**
 * The month by financial year pivot (seed table 5.6), spilled with its header row: one row per year,
 * its twelve months (blank outside the data) and its total.
 * @customfunction FYPIVOT
 * @param months The month of each row (police.uk "Month"): "2017-10", dates, "Oct-17" or "01/10/2017". Blank cells are left out.
 * @param [start_month] The month number the year starts in, 1 to 12 (default 4, April); 1 gives calendar years.
 * @param [categories] The crime type of each row, the same size; every row counts as one when left out.
 * @param [category] "All crime" (the default), a group such as "Violent crime", or a crime type.
 * @param [areas] The area of each row, the same size: districts, or LSOA names, counted in their district.
 * @param [area] The area the table is for; every area when left out.
 * @returns The table, header row first.
 */
export function fyPivot(
  months: any[][],
  start_month?: any,
  categories?: any[][],
  category?: any,
  areas?: any[][],
  area?: any,
): any[][] {
  return guard(() => {
    const dataset = extract(months, categories, areas);
    const options = {
      startMonth: optionalWhole(start_month, "start_month", 1, 12, 4),
      category: textChoice(category, "category"),
      area: areaChoice(area, areas),
    };
    return tableSpill(fyPivotTable(dataset, options));
  });
}

/**
 * The Dataset of the extract's columns: months, and the categories and areas when given, each one row or
 * one column of the same size. Months are read on month-cells' fast path; each distinct category and
 * area cell is named once (core `datasetFromColumns`).
 */
function extract(months: any[][], categories: any[][] | undefined, areas: any[][] | undefined): Dataset {
  const monthLine = lineOf(months, "months", true); // every cell is read, in order
  return datasetFromColumns(
    {
      name: "months",
      length: monthLine.length,
      month: monthLine.at,
      ...(isBlank(categories) ? {} : { category: textColumn(categories, "categories", monthLine) }),
      ...(isBlank(areas) ? {} : { area: textColumn(areas, "areas", monthLine) }),
    },
    { readMonth: monthReader(monthCell) },
  );
}

/** A month cell off the fast path, read as the command line reads one (core names the row before the message). */
function monthCell(value: unknown): number {
  if (typeof value === "boolean" || errorCodeOf(value)) {
    throw new InputError(
      `The month ${describeValue(value)} cannot be read: use a date, or a month such as 2017-10, Oct-17, Oct 2017, October 2017 or 01/10/2017 (day first).`,
    );
  }
  return parseMonth(value);
}

/** A column of text cells (categories, areas) the size of the months: a blank (0, null, "") is "", an error cell an error. */
function textColumn(range: any[][] | undefined, argument: string, months: Line): (row: number) => unknown {
  const line = lineOf(range, argument, true);
  if (line.length !== months.length) throw notSameSize(argument, line.length, "months", months.length);
  return (row) => {
    const value = line.at(row);
    if (value === 0 || value === null || value === undefined) return "";
    if (typeof value === "object" && errorCodeOf(value)) {
      throw new InputError(
        `${argument}: row ${row + 1} is ${errorCodeOf(value)}: correct the cell, or leave its row out of the ranges.`,
      );
    }
    return value;
  };
}

/** A range argument a table cannot be made without. */
function requiredRange(range: any[][] | undefined, argument: string): any[][] {
  if (
    isBlank(range) ||
    (Array.isArray(range) && range.length === 1 && range[0]?.length === 1 && isBlankCell(range[0][0]))
  ) {
    throw new InputError(
      `${argument} is blank: give the range of the extract's ${argument === "population" ? "population table" : argument} column.`,
    );
  }
  return range as any[][];
}

function isBlankCell(value: unknown): boolean {
  return value === 0 || isBlank(value);
}

/** An optional text argument (an area, a category, a column's name), trimmed; null when left out. */
function textChoice(value: unknown, argument: string): string | null {
  const cell = Array.isArray(value) ? asRange(value)[0]?.[0] : value;
  if (isBlankCell(cell)) return null;
  if (typeof cell === "string") return cell.trim() === "" ? null : cell.trim();
  if (typeof cell === "number") return String(cell);
  throw new InputError(`${argument} must be text, not ${describeValue(cell)}.`);
}

/** The area the table is for; an area needs the areas column to find it in. */
function areaChoice(area: unknown, areas: unknown): string | null {
  const chosen = textChoice(area, "area");
  if (chosen !== null && isBlank(areas))
    throw new InputError(`area is "${chosen}" but there is no areas range: give the extract's area column too.`);
  return chosen;
}

/** years of a rolling-year table: 2 or 3. */
function yearCount(years: unknown): number {
  return optionalWhole(years, "years", 2, 3, 2);
}

/**
 * A lookup table argument (grouping, divisions, population) as its cells: with `blankZero`, a 0 cell is
 * blank (text tables, where Excel's 0 for a blank cell would read as a name "0"); null is always blank.
 */
function lookupTable(range: any[][], blankZero: boolean): unknown[][] {
  return asRange(range).map((row) =>
    (Array.isArray(row) ? row : [row]).map((v) => (v === null || v === undefined || (blankZero && v === 0) ? "" : v)),
  );
}

/** The grouping argument: "police-uk", "none", a grouping table, or null (the default) when left out. */
function groupingOf(value: any[][] | undefined): CategoryGrouping | null {
  const cells = isBlank(value) ? [[null]] : asRange(value);
  if (cells.length === 1 && cells[0]?.length === 1) {
    const cell = cells[0][0];
    if (isBlankCell(cell)) return null;
    const named = typeof cell === "string" ? groupingTable(cell) : null;
    if (!named)
      throw new InputError(
        `grouping must be "police-uk", "none" or a grouping table with its header (Crime type, Group, Sub-group, Summary), not ${describeValue(cell)}.`,
      );
    return parseCategoryGrouping(named);
  }
  return parseCategoryGrouping(lookupTable(cells as any[][], true));
}

/** The divisions argument: a district-to-division table, or null when left out. */
function divisionsOf(value: any[][] | undefined): DivisionMap | null {
  if (
    isBlank(value) ||
    (Array.isArray(value) && value.length === 1 && value[0]?.length === 1 && isBlankCell(value[0][0]))
  )
    return null;
  return parseDivisionTable(lookupTable(asRange(value) as any[][], true));
}
