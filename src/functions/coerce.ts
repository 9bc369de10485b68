import { InputError } from "../core/errors";

/**
 * Argument coercion shared by every custom function. Excel hands a function numbers, strings, booleans
 * and, for an omitted optional argument, `null` or `undefined`; ranges arrive as rows of such values,
 * with blank cells already turned into 0 by Excel (it cannot be told apart from a typed zero).
 */

/** True when an optional argument was left out (Excel passes `null`, some hosts `undefined` or ""). */
export function isOmitted(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/**
 * A required number argument. Text that reads as a plain number ("12") is accepted, as Excel's own
 * arithmetic does; other text is an `InputError` naming the argument and the value.
 */
export function requireNumber(value: unknown, argument: string): number {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
  if (isOmitted(value)) throw new InputError(`${argument} is blank: it must be a number.`);
  throw new InputError(`${argument} must be a number, not ${JSON.stringify(value)}.`);
}

/** An optional number argument with its default. */
export function optionalNumber(value: unknown, argument: string, fallback: number): number {
  return isOmitted(value) ? fallback : requireNumber(value, argument);
}

/** An optional text argument, upper-cased, with its default and the values it may take. */
export function optionalChoice<T extends string>(value: unknown, argument: string, allowed: readonly T[], fallback: T): T {
  if (isOmitted(value)) return fallback;
  const text = String(value).trim().toUpperCase();
  const match = allowed.find((choice) => choice === text);
  if (!match) throw new InputError(`${argument} must be one of ${allowed.join(", ")}, not ${JSON.stringify(value)}.`);
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
 * Flattens a range argument that must be one row or one column into a list, in reading order.
 * A block of several rows and columns is an `InputError` that gives its size.
 */
export function oneLine<T>(range: T[][], argument: string): T[] {
  if (!Array.isArray(range) || range.length === 0) return [];
  const rows = range.length;
  const columns = range[0].length;
  if (rows > 1 && columns > 1) {
    throw new InputError(`${argument} must be one row or one column, not ${rows} rows by ${columns} columns.`);
  }
  return rows === 1 ? range[0].slice() : range.map((row) => row[0]);
}

/**
 * The numbers of a one-row or one-column range. Text in it (such as "N/A") is an `InputError` naming
 * the point by its 1-based position, so the analyst can find the cell.
 */
export function numbersOf(range: unknown[][], argument: string): number[] {
  return oneLine(range, argument).map((value, i) => {
    if (typeof value === "number" && Number.isFinite(value)) return value;
    if (typeof value === "boolean") return value ? 1 : 0;
    throw new InputError(`${argument}: point ${i + 1} is ${JSON.stringify(value)}, not a number.`);
  });
}
