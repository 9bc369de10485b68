import { optionRef } from "../remedy";
import type { ReadContext } from "./read-context";
import { areaName } from "./area-name";
import { filteredReason } from "./filtered-reason";
import { rowError } from "./read-context";
import { cellText } from "./cell-text";
import type { Layout } from "./ingest-types";
import { parseMonth } from "../periods/parse-month";
import { monthOfYearAndMonth } from "../periods/year-and-month";
import { InputError } from "../errors";

/** Labels that mark a total row in a table of counts: adding it would count its crimes twice. */
const TOTAL_LABEL = /^(grand total|total|totals|all crime|all crimes|all offences)$/i;

/**
 * Reads a matrix of cell values (Office.js `range.values`, or parsed CSV) in any of the three layouts
 * into the sink: record level (each row counts 1), long (each row carries its count), or wide (each
 * month column of a row becomes a record with that cell's count).
 *
 * Rows not used are counted with their row number: "blank row", "no month", "no category", "no count",
 * "total row" (a "Total" or "All crime" label in counts, which would double count), "duplicate crime
 * ID". A value that cannot be right - an unreadable month, a count that is text, negative or an
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
  const read = layout === "wide" ? wideRow(context, ids) : layout === "long" ? longRow(context, ids) : recordRow(context, ids);
  for (let r = context.headerRow + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    const rowNumber = r + firstRowNumber;
    if (row.every((cell) => cellText(cell) === "")) context.sink.drop(context.reason("blank row"), rowNumber);
    else if (filteredOut(row, context)) context.sink.drop(context.reason(filteredReason(context)), rowNumber);
    else read(row, rowNumber);
  }
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
  const { roles, sink } = context;
  const rawCategory = roles.category === undefined ? (context.oneCategory ?? "All") : row[roles.category];
  let category = ids.category.get(rawCategory);
  if (category === undefined) {
    const text = cellText(rawCategory);
    if (text === "") return "no category";
    ids.category.set(rawCategory, (category = sink.categoryId(text)));
  }
  const rawArea = roles.area === undefined ? "All areas" : row[roles.area];
  // An LSOA kept with its code (ward tables) is told apart by the code, so it is not cached by name.
  if (context.keepLsoas && roles.areaCode !== undefined) {
    return { category, area: sink.areaId(areaName(cellText(rawArea), roles, true), cellText(row[roles.areaCode])) };
  }
  let area = ids.area.get(rawArea);
  if (area === undefined) {
    ids.area.set(rawArea, (area = sink.areaId(areaName(cellText(rawArea), roles, context.keepLsoas))));
  }
  return { category, area };
}

function monthOf(row: unknown[], context: ReadContext, rowNumber: number): number | undefined {
  const value = row[context.roles.month as number];
  if (cellText(value) === "") return undefined;
  try {
    if (context.roles.year !== undefined) return cellText(row[context.roles.year]) === "" ? undefined : monthOfYearAndMonth(row[context.roles.year], value);
    return (context.readPeriod ?? parseMonth)(value);
  } catch (error) {
    throw rowError(context, rowNumber, error);
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

function longRow(context: ReadContext, labelIds: LabelIds): RowReader {
  const { roles, sink } = context;
  needs(context, roles.month, "the period (a month, date, quarter or year)");
  needs(context, roles.count, "the count");
  return (row, rowNumber) => {
    const month = monthOf(row, context, rowNumber);
    if (month === undefined) return sink.drop(context.reason("no month"), rowNumber);
    if (isTotalRow(row, context)) return sink.drop(context.reason("total row"), rowNumber);
    const ids = labels(row, context, labelIds);
    if (typeof ids === "string") return sink.drop(context.reason(ids), rowNumber);
    const count = countOf(row[roles.count as number], context, rowNumber, context.countTitle ?? "");
    if (count === undefined) return sink.drop(context.reason("no count"), rowNumber);
    sink.add(month, ids.category, ids.area, count);
  };
}

function wideRow(context: ReadContext, labelIds: LabelIds): RowReader {
  const { roles, sink } = context;
  const monthColumns = roles.monthColumns ?? [];
  if (monthColumns.length === 0) throw new InputError(`${context.name}: a wide table needs columns headed by months.`);
  return (row, rowNumber) => {
    if (isTotalRow(row, context)) return sink.drop(context.reason("total row"), rowNumber);
    const ids = labels(row, context, labelIds);
    if (typeof ids === "string") return sink.drop(context.reason(ids), rowNumber);
    for (const { column, month } of monthColumns) {
      const count = countOf(row[column], context, rowNumber, "");
      if (count !== undefined) sink.add(month, ids.category, ids.area, count);
    }
  };
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
  const count = typeof value === "number" ? value : Number(text.replace(/,/g, ""));
  const column = title === "" ? "" : ` in column "${title}"`;
  if (!Number.isFinite(count) || count < 0) {
    throw rowError(context, rowNumber, new Error(`the count ${JSON.stringify(value)}${column} is not a number of zero or more; choose the column of counts (${optionRef("countColumn")}).`));
  }
  if (!Number.isInteger(count)) {
    throw rowError(context, rowNumber, new Error(`the value ${JSON.stringify(value)}${column} has decimals: the column holds rates or other measures, not counts, and count tables never add those up; choose a column of whole counts (${optionRef("countColumn")}).`));
  }
  return count;
}

function needs(context: ReadContext, column: number | undefined, what: string): void {
  if (column === undefined) throw new InputError(`${context.name}: no column holds ${what}; choose it (--${what === "the count" ? "count" : "period"}-column on the command line, the column roles in the wizard).`);
}
