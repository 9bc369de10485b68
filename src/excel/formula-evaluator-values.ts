/**
 * The values of the playground's formula evaluator and Excel's rules for them: blank, error values,
 * coercion to number, text and logical, comparison and COUNTIF criteria.
 */
import type { CellValue } from "./workbook-port";

/** The error values the evaluator produces. */
const ERROR_CODES = ["#N/A", "#VALUE!", "#REF!", "#NAME?", "#DIV/0!", "#NUM!", "#SPILL!", "#NULL!"] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An Excel error value (kept apart from a text that happens to read "#N/A"). */
export class ErrorValue {
  constructor(readonly code: ErrorCode) {}
}

/** A value during evaluation: `null` is a blank cell, distinct from the empty text "". */
export type Scalar = number | string | boolean | null | ErrorValue;

/** A cell's stored value as the evaluator reads it: "" is blank, an error code is the error. */
export function fromCell(value: CellValue | undefined): Scalar {
  if (value === undefined || value === "") return null;
  if (typeof value === "string" && (ERROR_CODES as readonly string[]).includes(value))
    return new ErrorValue(value as ErrorCode);
  return value;
}

/** What a formula stores in its cell: a blank result shows as 0, as in Excel; an error as its code. */
export function toCell(value: Scalar): CellValue {
  if (value === null) return 0;
  if (value instanceof ErrorValue) return value.code;
  return value;
}

/** A number for arithmetic: blank is 0, TRUE is 1, numeric text is its number, other text is #VALUE!. */
export function toNumber(value: Scalar): number | ErrorValue {
  if (value instanceof ErrorValue) return value;
  if (value === null) return 0;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number") return value;
  const n = value.trim() === "" ? NaN : Number(value);
  return Number.isFinite(n) ? n : new ErrorValue("#VALUE!");
}

/** Text for `&`: blank is "", logicals are TRUE and FALSE. */
export function toText(value: Scalar): string | ErrorValue {
  if (value instanceof ErrorValue) return value;
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return typeof value === "number" ? String(Number(value.toPrecision(15))) : value;
}

/** A condition for IF: numbers are true unless 0, blank is false, "TRUE"/"FALSE" text counts, other text is #VALUE!. */
export function toLogical(value: Scalar): boolean | ErrorValue {
  if (value instanceof ErrorValue || typeof value === "boolean") return value;
  if (value === null) return false;
  if (typeof value === "number") return value !== 0;
  if (/^(true|false)$/i.test(value)) return value.toLowerCase() === "true";
  return new ErrorValue("#VALUE!");
}

/** Excel's type order for comparison: numbers < text < logicals; a blank takes the other side's type. */
function rank(value: number | string | boolean): number {
  return typeof value === "number" ? 0 : typeof value === "string" ? 1 : 2;
}

/**
 * Compares as Excel's comparison operators do: text case-insensitively, blank as "" against text, as 0
 * against numbers and as FALSE against logicals.
 */
export function compare(a: Exclude<Scalar, ErrorValue>, b: Exclude<Scalar, ErrorValue>): number {
  const blankAs = (other: Exclude<Scalar, ErrorValue>) =>
    typeof other === "string" ? "" : typeof other === "boolean" ? false : 0;
  const x = a ?? blankAs(b);
  const y = b ?? blankAs(a);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === "string") return x.toLowerCase().localeCompare((y as string).toLowerCase());
  return Number(x) - Number(y);
}

/**
 * A COUNTIF criterion as a test of one cell: an optional operator (=, <>, <, >, <=, >=) then a number or
 * a text (with * and ? wildcards for = and <>); numeric criteria match numbers only; "" matches blanks.
 */
export function criterion(value: Scalar): (cell: Scalar) => boolean {
  if (value instanceof ErrorValue) return () => false;
  if (typeof value !== "string")
    return (cell) => cell !== null && !(cell instanceof ErrorValue) && compare(cell, value ?? 0) === 0;
  const [, op = "=", operand] = /^(<>|<=|>=|<|>|=)?([\s\S]*)$/.exec(value) ?? [];
  const n = operand.trim() === "" ? NaN : Number(operand);
  const test = (c: number) =>
    ({ "=": c === 0, "<>": c !== 0, "<": c < 0, ">": c > 0, "<=": c <= 0, ">=": c >= 0 })[op] ?? false;
  if (Number.isFinite(n)) return (cell) => (typeof cell === "number" ? test(cell - n) : op === "<>");
  if (operand === "")
    return (cell) => (op === "=" ? cell === null || cell === "" : op === "<>" ? cell !== null && cell !== "" : false);
  if (op === "=" || op === "<>") {
    const pattern = new RegExp(
      `^${operand
        .replace(/[.+^${}()|[\]\\]/g, "\\$&")
        .replace(/\*/g, "[\\s\\S]*")
        .replace(/\?/g, "[\\s\\S]")}$`,
      "i",
    );
    return (cell) => (typeof cell === "string" && pattern.test(cell)) === (op === "=");
  }
  return (cell) => typeof cell === "string" && test(cell.toLowerCase().localeCompare(operand.toLowerCase()));
}
