import { optionRef } from "..";
import type { ReadContext } from "./read-context";
import { decimalNumber } from "./decimal-number";
import { areaName } from "./area-name";
import { filteredReason } from "./filtered-reason";
import { periodError, rowError } from "./read-context";
import { cellText } from "../cells";
import type { Layout } from "../detect";
import { parseMonth } from "../periods";
import { monthOfYearAndMonth } from "../periods";
import { InputError } from "..";

import { TOTAL_LABEL } from "../detect";
import { createTotalCheck, type TotalCheck } from "./total-check";
import { groupRows } from "../detect";
import { checkRowsBesideParts } from "./rows-beside-parts";

/**
 * Reads a matrix of cell values (Office.js `range.values`, or parsed CSV) in any of the three layouts
 * into the sink: record level (each row counts 1), long (each row carries its count), or wide (each
 * month column of a row becomes a record with that cell's count).
 *
 * Rows not used are counted with their row number: "blank row", "no month", "no category", "no count",
 * "total row" (a "Total" or "All crime" label in counts, which would double count: its figures are
 * checked against the rows it totals, `createTotalCheck`), "group row" (a subtotal found by its sums,
 * `groupRows`), "duplicate crime ID". A "Total" column is checked against its row's counts. A value that cannot be right - an unreadable month, a count that is text, negative or an
 * Excel error such as "#N/A" - stops the reading with a message naming the input, row and value,
 * because guessing would change the totals silently.
 *
 * Missing values: a blank month or category drops the row; a blank area is "Unknown area"; a blank
 * count drops a long row; a blank cell in a wide month column is no record (Excel passes blanks as
 * "" in `range.values`).
 *
 * @param values the matrix, header row included
 * @param layout how the rows hold their crimes
 * @param context the sink, roles, header row, rules; `firstRowNumber` shifts row numbers in messages
 * @param firstRowNumber the spreadsheet row of `values[0]` (default 1)
 * @returns nothing
 * @throws {InputError} naming the input, row and value, for a month or count that cannot be read, or missing roles
 * @example
 * readMatrix([["Month", "Crime type", "Count"], ["2017-10", "Burglary", 40]], "long", context);
 */
export function readMatrix(values: unknown[][], layout: Layout, context: ReadContext, firstRowNumber = 1): void {
  const ids: LabelIds = { category: new Map(), area: new Map() };
  // The file's own totals are checked against their parts, unless a filter on the category or area leaves
  // parts out; a filter on another column (sex=Persons) keeps a total row and its parts alike.
  const partsFiltered = (context.filters ?? []).some(
    (f) => f.column === context.roles.category || f.column === context.roles.area,
  );
  const totals = createTotalCheck(context, !partsFiltered && layout !== "record");
  const counted = { ...context, sink: totals.sink, headerCells: values[context.headerRow] ?? [] };
  const read =
    layout === "wide"
      ? wideRow(counted, ids, totals)
      : layout === "long"
        ? context.roles.valueColumns
          ? valueRow(counted, ids, totals)
          : longRow(counted, ids, totals)
        : recordRow(counted, ids);
  const { roles } = context;
  const countColumns =
    layout === "wide"
      ? (roles.monthColumns ?? []).map((m) => m.column)
      : layout === "long" && roles.valuesAre === "area"
        ? (roles.valueColumns ?? []).map((v) => v.column)
        : layout === "long" && !roles.valueColumns && roles.count !== undefined
          ? [roles.count]
          : [];
  // Rows of counts whose areas or breakdown contain one another would be added to their own parts.
  if (layout !== "record")
    checkRowsBesideParts(
      values,
      context,
      (row) => !row.every((cell) => cellText(cell) === "") && !filteredOut(row, context),
    );
  const groups = groupRows(values, context.headerRow, roles, countColumns, context.name, firstRowNumber);
  for (let r = context.headerRow + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    const rowNumber = r + firstRowNumber;
    if (row.every((cell) => cellText(cell) === "")) context.sink.drop(context.reason("blank row"), rowNumber);
    else if (groups.has(r)) counted.sink.drop(context.reason("group row (the sum of the rows below it)"), rowNumber);
    else if (filteredOut(row, context)) context.sink.drop(context.reason(filteredReason(context)), rowNumber);
    else read(row, rowNumber);
  }
  totals.finish();
}

type RowReader = (row: unknown[], rowNumber: number) => void;

/** True when a row fails one of the analyst's filters (`--filter COLUMN=VALUE`). */
function filteredOut(row: unknown[], context: ReadContext): boolean {
  return (context.filters ?? []).some((f) => cellText(row[f.column]).toLowerCase() !== f.value);
}

/**
 * The category and area ids of the cell values met so far in this read. A force's year has a few
 * hundred distinct LSOA names and fifteen crime types among its 170,000 rows, so each distinct cell
 * is trimmed, cut to its district and looked up once rather than once a row.
 */
interface LabelIds {
  category: Map<unknown, number>;
  area: Map<unknown, number>;
}

/** Category and area ids of a row, or a drop reason. */
function labels(row: unknown[], context: ReadContext, ids: LabelIds): { category: number; area: number } | string {
  const category = labelId(row, context, ids, "category");
  if (category < 0) return "no category";
  return { category, area: labelId(row, context, ids, "area") };
}

/** The category id of a row whose areas are its columns, or a drop reason. */
function categoryOnly(
  row: unknown[],
  context: ReadContext,
  ids: LabelIds,
): { category: number; area: number } | string {
  const category = labelId(row, context, ids, "category");
  return category < 0 ? "no category" : { category, area: -1 };
}

/** The id of a row's category (-2 when blank) or area, each distinct cell looked up once. */
function labelId(row: unknown[], context: ReadContext, ids: LabelIds, role: "category" | "area"): number {
  const { roles, sink } = context;
  if (role === "category") {
    const rawCategory = roles.category === undefined ? (context.oneCategory ?? "All") : row[roles.category];
    let category = ids.category.get(rawCategory);
    if (category === undefined) {
      const text = cellText(rawCategory);
      if (text === "") return -2;
      ids.category.set(rawCategory, (category = sink.categoryId(text)));
    }
    return category;
  }
  const rawArea = roles.area === undefined ? "All areas" : row[roles.area];
  // An LSOA kept with its code (ward tables) is told apart by the code, so it is not cached by name.
  if (context.keepLsoas && roles.areaCode !== undefined)
    return sink.areaId(areaName(cellText(rawArea), roles, true), cellText(row[roles.areaCode]));
  let area = ids.area.get(rawArea);
  if (area === undefined)
    ids.area.set(rawArea, (area = sink.areaId(areaName(cellText(rawArea), roles, context.keepLsoas))));
  return area;
}

function monthOf(row: unknown[], context: ReadContext, rowNumber: number): number | undefined {
  const value = row[context.roles.month as number];
  if (cellText(value) === "") return undefined;
  try {
    if (context.roles.year !== undefined)
      return cellText(row[context.roles.year]) === "" ? undefined : monthOfYearAndMonth(row[context.roles.year], value);
    return (context.readPeriod ?? parseMonth)(value);
  } catch (error) {
    throw context.roles.year === undefined
      ? periodError(context, rowNumber, error)
      : rowError(context, rowNumber, error);
  }
}

function recordRow(context: ReadContext, labelIds: LabelIds): RowReader {
  const { roles, sink, seenIds } = context;
  needs(context, roles.month, "the period (a month, date, quarter or year)");
  return (row, rowNumber) => {
    const month = monthOf(row, context, rowNumber);
    if (month === undefined) return sink.drop(context.reason("no month"), rowNumber);
    const ids = labels(row, context, labelIds);
    if (typeof ids === "string") return sink.drop(context.reason(ids), rowNumber);
    const id = seenIds && roles.id !== undefined ? cellText(row[roles.id]) : "";
    if (id !== "" && seenIds!.has(id)) return sink.drop(context.reason("duplicate crime ID"), rowNumber);
    if (id !== "") seenIds!.add(id);
    sink.add(month, ids.category, ids.area, 1);
  };
}

function longRow(context: ReadContext, labelIds: LabelIds, totals: TotalCheck): RowReader {
  const { roles, sink } = context;
  needs(context, roles.month, "the period (a month, date, quarter or year)");
  needs(context, roles.count, "the count");
  return (row, rowNumber) => {
    const month = monthOf(row, context, rowNumber);
    if (month === undefined) return sink.drop(context.reason("no month"), rowNumber);
    if (isTotalRow(row, context)) {
      const count = countOf(row[roles.count as number], context, rowNumber, context.countTitle ?? "");
      if (count !== undefined)
        totals.expect(rowNumber, month, totalKeys(row, context, labelIds), count, context.countTitle ?? "");
      return sink.drop(context.reason("total row"), rowNumber);
    }
    const ids = labels(row, context, labelIds);
    if (typeof ids === "string") return sink.drop(context.reason(ids), rowNumber);
    const count = countOf(row[roles.count as number], context, rowNumber, context.countTitle ?? "");
    if (count === undefined) return sink.drop(context.reason("no count"), rowNumber);
    sink.add(month, ids.category, ids.area, count);
  };
}

function wideRow(context: ReadContext, labelIds: LabelIds, totals: TotalCheck): RowReader {
  const { roles, sink } = context;
  const monthColumns = roles.monthColumns ?? [];
  if (monthColumns.length === 0) throw new InputError(`${context.name}: a wide table needs columns headed by months.`);
  return (row, rowNumber) => {
    const total = isTotalRow(row, context);
    const ids = total ? undefined : labels(row, context, labelIds);
    if (typeof ids === "string") return sink.drop(context.reason(ids), rowNumber);
    let sum = 0;
    for (const { column, month } of monthColumns) {
      const count = countOf(row[column], context, rowNumber, "");
      if (count === undefined) continue;
      sum += count;
      if (total)
        totals.expect(rowNumber, month, totalKeys(row, context, labelIds), count, headerTitle(context, column));
      else sink.add(month, ids!.category, ids!.area, count);
    }
    rowTotal(row, rowNumber, context, sum);
    if (total) sink.drop(context.reason("total row"), rowNumber);
  };
}

/**
 * One column per category or per area (`Month, Burglary, Robbery`): each filled cell is that name's
 * count in the row's period; a "Total" column is checked against the row's counts; a total row is
 * checked against the rows it totals.
 */
function valueRow(context: ReadContext, labelIds: LabelIds, totals: TotalCheck): RowReader {
  const { roles, sink } = context;
  needs(context, roles.month, "the period (a month, date, quarter or year)");
  const columns = roles.valueColumns ?? [];
  const byCategory = roles.valuesAre === "category";
  const named = columns.map((c) =>
    byCategory
      ? sink.categoryId(c.label)
      : sink.areaId(areaName(c.label, { ...roles, areaIsLsoa: false }, context.keepLsoas)),
  );
  return (row, rowNumber) => {
    const month = monthOf(row, context, rowNumber);
    if (month === undefined) return sink.drop(context.reason("no month"), rowNumber);
    const total = isTotalRow(row, context);
    // Only the label the columns do not name is looked up: naming "All" or "All areas" too would put a
    // category or area of no records in the dictionary, and every table would list it with zeros.
    const ids = total
      ? undefined
      : byCategory
        ? { category: -1, area: labelId(row, context, labelIds, "area") }
        : categoryOnly(row, { ...context, oneCategory: context.oneCategory ?? "All" }, labelIds);
    if (typeof ids === "string") return sink.drop(context.reason(ids), rowNumber);
    let sum = 0;
    columns.forEach((c, i) => {
      const count = countOf(row[c.column], context, rowNumber, c.label);
      if (count === undefined) return;
      sum += count;
      if (total)
        totals.expect(
          rowNumber,
          month,
          byCategory
            ? totalKeys(row, context, labelIds, named[i], undefined)
            : totalKeys(row, context, labelIds, undefined, named[i]),
          count,
          c.label,
        );
      else sink.add(month, byCategory ? named[i] : ids!.category, byCategory ? ids!.area : named[i], count);
    });
    rowTotal(row, rowNumber, context, sum);
    if (total) sink.drop(context.reason("total row"), rowNumber);
  };
}

/** The header of a column, for messages. */
function headerTitle(context: ReadContext, column: number): string {
  return context.headerCells ? cellText(context.headerCells[column]) : "";
}

/** Checks a row's "Total" column against the sum of its counts, refusing with both figures when they differ. */
function rowTotal(row: unknown[], rowNumber: number, context: ReadContext, sum: number): void {
  const column = context.roles.totalColumn;
  if (column === undefined || cellText(row[column]) === "" || (context.filters ?? []).length > 0) return;
  const title = headerTitle(context, column) || "Total";
  const figure = countOf(row[column], context, rowNumber, title);
  if (figure !== undefined && figure !== sum) {
    throw rowError(
      context,
      rowNumber,
      new Error(
        `the file's own total in column "${title}" is ${figure}, but the row's counts add up to ${sum}; the toolkit never adds a total to its parts, and a total that does not match means the columns are not what they seem. Check the row, or choose the columns.`,
      ),
    );
  }
}

/**
 * The keys of the parts a total row totals: a category total in an area totals that area's parts, an
 * area total ("All areas") in a category that category's, both all the period's. `category` and `area`
 * are set for a table with one column per name, where the column gives one of them.
 */
function totalKeys(row: unknown[], context: ReadContext, ids: LabelIds, category?: number, area?: number): string {
  const { roles } = context;
  const text = (c: number | undefined): string => (c === undefined ? "" : cellText(row[c]));
  const categoryTotal =
    category === undefined && (roles.category === undefined || TOTAL_LABEL.test(text(roles.category)));
  const areaTotal = area === undefined && (roles.area === undefined || TOTAL_LABEL.test(text(roles.area)));
  const categoryId = category ?? (categoryTotal ? -1 : labelId(row, context, ids, "category"));
  const areaId = area ?? (areaTotal ? -1 : labelId(row, context, ids, "area"));
  return `${categoryId}|${areaId}`;
}
function isTotalRow(row: unknown[], context: ReadContext): boolean {
  const { category, area } = context.roles;
  return [category, area].some((c) => c !== undefined && TOTAL_LABEL.test(cellText(row[c])));
}

/**
 * A count cell: a whole number of zero or more, or text of one ("1,204" too); undefined when blank.
 * A fraction (12.5) is a rate or measure, never a count: adding it up would be a wrong number.
 */
function countOf(value: unknown, context: ReadContext, rowNumber: number, title: string): number | undefined {
  const text = cellText(value);
  if (text === "" || text === "NA") return undefined;
  const count = decimalNumber(typeof value === "number" ? value : text) ?? NaN;
  const column = title === "" ? "" : ` in column "${title}"`;
  if (Number.isNaN(count)) {
    const problem = otherSpelling(value, text);
    if (problem)
      throw rowError(
        context,
        rowNumber,
        new Error(
          `the count ${JSON.stringify(value)}${column} ${problem}; write counts as decimal digits (commas between thousands if any), or choose another column (${optionRef("countColumn")}).`,
        ),
      );
  }
  if (!Number.isFinite(count) || count < 0) {
    throw rowError(
      context,
      rowNumber,
      new Error(
        `the count ${JSON.stringify(value)}${column} is not a number of zero or more; choose the column of counts (${optionRef("countColumn")}).`,
      ),
    );
  }
  if (!Number.isInteger(count)) {
    throw rowError(
      context,
      rowNumber,
      new Error(
        `the value ${JSON.stringify(value)}${column} has decimals: the column holds rates or other measures, not counts, and count tables never add those up; choose a column of whole counts (${optionRef("countColumn")}).`,
      ),
    );
  }
  return count;
}

/**
 * Why a value that is not a decimal count is not one, when it could pass for a number elsewhere: a
 * number beyond those added exactly, or text JavaScript or a spreadsheet would read some other way
 * (hex, binary, octal, infinity, an exponent too large); "" when it is plainly not a number ("lots").
 */
function otherSpelling(value: unknown, text: string): string {
  if (typeof value === "number")
    return "is too large to be a count (beyond 9,007,199,254,740,991, the largest whole number added exactly)";
  const t = text.trim().replace(/,/g, "");
  if (/^[+-]?0[xX][0-9a-fA-F]+$/.test(t)) return "is written in hexadecimal, not decimal";
  if (/^[+-]?0[bB][01]+$/.test(t)) return "is written in binary, not decimal";
  if (/^[+-]?0[oO][0-7]+$/.test(t)) return "is written in octal, not decimal";
  if (/^[+-]?(inf|infinity|nan)$/i.test(t)) return "is not a finite number";
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(t))
    return "is too large to be a count (beyond 9,007,199,254,740,991, the largest whole number added exactly), or is not written in decimal with its thousands separated by commas";
  return "";
}

function needs(context: ReadContext, column: number | undefined, what: string): void {
  if (column === undefined)
    throw new InputError(
      `${context.name}: no column holds ${what}; choose it (${optionRef(what === "the count" ? "countColumn" : "periodColumn")}).`,
    );
}
