import { InputError } from "../core";

/**
 * Argument coercion shared by every custom function. Excel hands a function numbers, strings, booleans,
 * error values (from error cells) and, for an omitted optional argument, `null` or `undefined`; ranges
 * arrive as rows of such values. A blank cell arrives as 0 on older Excel builds and as null (or "") on
 * current ones (office-js issues 4702, 5262), so null and "" are blanks everywhere, while 0 is the number
 * 0: a blank cannot be told from a typed zero on the builds that pass 0 (README, "Blank cells").
 */

/** True for a blank cell or an omitted argument: null, undefined or "" (never 0, which is a number). */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/** The Excel error code of an error value from an error cell (such as "#N/A"), or "" for any other value. */
export function errorCodeOf(value: unknown): string {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "";
  const code = (value as { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("#") ? code : "";
}

/**
 * A value as the analyst typed it, for a message: numbers as Excel shows them (NaN and Infinity by
 * name), text in quotes, TRUE and FALSE, an error cell by its code ("#N/A"), a blank as "blank", a range
 * by its size. Never "{}", "[object Object]" or "null".
 */
export function describeValue(value: unknown): string {
  if (isBlank(value)) return "blank";
  if (typeof value === "number") return Number.isNaN(value) ? "NaN" : String(value).replace("e", "E"); // 1E+308, as Excel shows it
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (Array.isArray(value)) {
    const rows = value.length;
    const columns = Array.isArray(value[0]) ? value[0].length : 1;
    return `a range of ${rows} row${rows === 1 ? "" : "s"} by ${columns} column${columns === 1 ? "" : "s"}`;
  }
  return errorCodeOf(value) || `a value of type ${typeof value}`;
}

/**
 * A required number argument. Text that reads as a plain number ("12") is accepted, as Excel's own
 * arithmetic does; anything else (other text, a blank, an error cell, NaN or Infinity) is an `InputError`
 * naming the argument and the value as typed.
 */
export function requireNumber(value: unknown, argument: string): number {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
  if (isBlank(value)) throw new InputError(`${argument} is blank: it must be a number.`);
  if (errorCodeOf(value)) throw new InputError(`${argument} is ${errorCodeOf(value)}: it must be a number.`);
  throw new InputError(`${argument} must be ${numberKind(value)}, not ${describeValue(value)}.`);
}

/**
 * The message for a cell or argument that must hold a number and does not: `"<subject> is <the value as
 * typed>, not a number."`, or "not a finite number" for NaN and Infinity.
 */
export function notANumber(subject: string, value: unknown): string {
  return `${subject} is ${describeValue(value)}, not ${numberKind(value)}.`;
}

/** What a value should have been: "a finite number" when it is a number (NaN, Infinity), else "a number". */
function numberKind(value: unknown): string {
  return typeof value === "number" ? "a finite number" : "a number";
}

/**
 * An optional count-like argument (years back, run length, baseline points, a month number): a whole
 * number from `min` to `max`, or `fallback` when left out. Checked before any loop uses it, so a typo
 * such as 1E+15 is a message, not a loop that never ends.
 */
export function optionalWhole(value: unknown, argument: string, min: number, max: number, fallback: number): number {
  if (isBlank(value)) return fallback;
  const number = requireNumber(value, argument);
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new InputError(`${argument} must be a whole number from ${min} to ${max}, not ${describeValue(value)}.`);
  }
  return number;
}

/** An optional number argument with its default. */
export function optionalNumber(value: unknown, argument: string, fallback: number): number {
  return isBlank(value) ? fallback : requireNumber(value, argument);
}

/** An optional text argument, upper-cased, with its default and the values it may take. */
export function optionalChoice<T extends string>(
  value: unknown,
  argument: string,
  allowed: readonly T[],
  fallback: T,
): T {
  if (isBlank(value)) return fallback;
  const text = typeof value === "string" ? value.trim().toUpperCase() : "";
  const match = allowed.find((choice) => choice === text);
  if (!match) throw new InputError(`${argument} must be one of ${allowed.join(", ")}, not ${describeValue(value)}.`);
  return match;
}

/**
 * A range argument as rows of cells. A single value (a number typed in, or an omitted argument) becomes
 * a 1 x 1 range, so callers read both the same way.
 */
export function asRange(value: unknown): unknown[][] {
  return Array.isArray(value) ? (value as unknown[][]) : [[value]];
}

/**
 * The size of a range argument, checked to be a rectangle: every row an array of as many cells as the
 * first. Excel only passes rectangles; a ragged array (from a caller outside Excel) is an `InputError`
 * naming the first row that differs, rather than a read of cells that are not there.
 */
export function rangeSize(range: unknown[][], argument: string): { rows: number; columns: number } {
  const rows = range.length;
  if (rows === 0) return { rows: 0, columns: 0 };
  const columns = Array.isArray(range[0]) ? range[0].length : -1;
  for (let r = 0; r < rows; r++) {
    const row = range[r];
    if (!Array.isArray(row) || row.length !== columns) {
      const cells = Array.isArray(row) ? row.length : 0;
      throw new InputError(
        `${argument} is not a rectangle: row ${r + 1} has ${cells} cell${cells === 1 ? "" : "s"} where row 1 has ${Math.max(columns, 0)}.`,
      );
    }
  }
  return { rows, columns };
}

/**
 * Flattens a range argument that must be one row or one column into a list, in reading order.
 * A block of several rows and columns is an `InputError` that gives its size; so is a ragged range.
 */
export function oneLine<T>(range: T[][], argument: string): T[] {
  const cells = asRange(range) as T[][];
  const { rows, columns } = rangeSize(cells, argument);
  if (rows === 0 || columns === 0) return [];
  if (rows > 1 && columns > 1) {
    throw new InputError(`${argument} must be one row or one column, not ${rows} rows by ${columns} columns.`);
  }
  return rows === 1 ? cells[0].slice() : cells.map((row) => row[0]);
}

/**
 * How many cells of a series are reported: up to the last cell that is not blank. Blank cells after it
 * are months not yet reported (a range can run ahead of the data); a blank before it is inside the series.
 */
export function reportedLength(cells: readonly unknown[]): number {
  let reported = cells.length;
  while (reported > 0 && isBlank(cells[reported - 1])) reported--;
  return reported;
}
