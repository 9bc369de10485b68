/**
 * Random arguments of every shape Excel hands a custom function, for the property tests and
 * `npm run fuzz`: numbers (ordinary, huge, tiny, fractional, negative, and the NaN and Infinity that a
 * careless caller could pass), text (numbers as text, months in every form the toolkit reads, words,
 * formula-like text), booleans, error values from error cells, omitted arguments (null, undefined, ""),
 * and ranges: columns, rows, blocks, empty and ragged ones, realistic monthly series and month columns
 * (so the calls get past validation into the arithmetic), with blank cells passed as 0, null or "" as
 * each Excel build does.
 */
import fc from "fast-check";
import { ExcelError, type ExcelErrorCode } from "../../src/functions/excel-error";
import type { RegisteredFunction } from "./registered-functions";

/** How a blank cell reaches the function: 0 (older builds), null (current builds) or "". */
export type BlankConvention = 0 | null | "";
export const BLANK_CONVENTIONS: readonly BlankConvention[] = [0, null, ""];

const ERROR_CODES: ExcelErrorCode[] = ["#VALUE!", "#N/A", "#DIV/0!", "#NUM!"];

const number = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -5, max: 2000 }) },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      0,
      1,
      2,
      5,
      12,
      0.5,
      0.95,
      95,
      100000,
      43009,
      1e15,
      2 ** 53,
      1e308,
      -1e308,
      1e-300,
      5e-324,
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity) },
  { weight: 1, arbitrary: fc.double() },
);

const month = fc.integer({ min: 2000 * 12, max: 2030 * 12 }).map((index) => {
  const year = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return `${year}-${String(m).padStart(2, "0")}`;
});

const text = fc.oneof(
  month,
  fc.constantFrom(
    "Oct-17",
    "October 2017",
    "01/10/2017",
    "10/13/2017",
    "2017-13",
    "N/A",
    "n/a",
    " 12 ",
    "1e308",
    "Infinity",
    "NaN",
    "XMR",
    "C",
    "MDC",
    "NHSR",
    "WECO",
    "ANHOEJ",
    "UP",
    "DOWN",
    "NEITHER",
    "NUMBER",
    "PERCENT",
    "WILSON",
    "NORMAL",
    "Severe",
    "High",
    "Low",
    "=SUM(1)",
    "@A1",
    "-2+3",
  ),
  fc.string({ maxLength: 12 }),
);

const errorCell = fc.constantFrom(...ERROR_CODES).map((code) => new ExcelError(code) as unknown);

/** One cell of a range, with blanks as the call's convention passes them. */
function cell(blank: BlankConvention): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 8, arbitrary: number },
    { weight: 3, arbitrary: text },
    { weight: 2, arbitrary: fc.constant(blank) },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: errorCell },
  );
}

const column = <T>(cells: T[]): T[][] => cells.map((c) => [c]);

/** A range argument: columns, rows, blocks, ragged and empty ranges, realistic series and month columns. */
function range(length: number, blank: BlankConvention): fc.Arbitrary<unknown> {
  const counts = fc.array(fc.integer({ min: 0, max: 500 }), { minLength: length, maxLength: length });
  const series = fc.tuple(counts, fc.nat({ max: 3 }), fc.nat({ max: 2 })).map(([values, trailing, oddOne]) => {
    const cells: unknown[] = values.slice();
    for (let i = 0; i < trailing && cells.length > 0; i++) cells[cells.length - 1 - i] = blank; // months not yet reported
    if (oddOne === 1 && cells.length > 2) cells[Math.floor(cells.length / 2)] = blank; // a gap inside
    return column(cells);
  });
  const months = fc
    .integer({ min: 2010 * 12, max: 2025 * 12 })
    .map((first) =>
      column(
        Array.from(
          { length },
          (_, i) => `${Math.floor((first + i) / 12)}-${String(((first + i) % 12) + 1).padStart(2, "0")}`,
        ),
      ),
    );
  const cells = fc.array(cell(blank), { minLength: length, maxLength: length });
  return fc.oneof(
    { weight: 4, arbitrary: series },
    { weight: 3, arbitrary: months },
    { weight: 3, arbitrary: cells.map(column) },
    { weight: 2, arbitrary: cells.map((row) => [row]) },
    {
      weight: 1,
      arbitrary: fc.array(fc.array(cell(blank), { minLength: 2, maxLength: 4 }), { minLength: 2, maxLength: 5 }),
    },
    { weight: 1, arbitrary: fc.array(fc.array(cell(blank), { maxLength: 3 }), { maxLength: 5 }) }, // ragged or empty
    { weight: 1, arbitrary: fc.constantFrom([], [[]], [[blank]]) },
    { weight: 1, arbitrary: cell(blank) }, // a single value where a range was expected
  );
}

/** A single-value argument: any cell, an omitted argument, or (as Excel never does) a small range. */
function scalar(blank: BlankConvention): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 10, arbitrary: cell(blank) },
    { weight: 2, arbitrary: fc.constantFrom(null, undefined) },
    {
      weight: 1,
      arbitrary: fc.array(fc.array(cell(blank), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 2 }),
    },
  );
}

const monthKeyOf = (index: number): string => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;

/**
 * A plausible argument, as an analyst would pass it, so that calls get past validation into the
 * arithmetic: a monthly series (with months not yet reported as trailing blanks) or a column of
 * consecutive months for a range; for a single value, an ordinary number, a month inside the series
 * (parameters named for a month or date), or the argument left out.
 */
function plausible(
  name: string,
  kind: "range" | "scalar",
  length: number,
  first: number,
  blank: BlankConvention,
): fc.Arbitrary<unknown> {
  const isMonth = /month|date/i.test(name);
  if (kind === "range") {
    if (isMonth) return fc.constant(column(Array.from({ length }, (_, i) => monthKeyOf(first + i))));
    return fc
      .tuple(fc.array(fc.integer({ min: 0, max: 500 }), { minLength: length, maxLength: length }), fc.nat({ max: 2 }))
      .map(([values, trailing]) => column(values.map((v, i) => (i >= length - trailing ? blank : v))));
  }
  if (isMonth) return fc.integer({ min: first, max: first + length + 2 }).map(monthKeyOf);
  return fc.oneof(
    fc.integer({ min: 0, max: 12 }),
    fc.integer({ min: 1, max: 100000 }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.constant(null),
  );
}

/** The arguments of one call of `fn`: every parameter, the optional ones sometimes left off the end. */
export function argumentsFor(fn: RegisteredFunction): fc.Arbitrary<unknown[]> {
  return fc
    .record({
      length: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 30, max: 150 })),
      blank: fc.constantFrom(...BLANK_CONVENTIONS),
      first: fc.integer({ min: 2010 * 12, max: 2020 * 12 }),
      sensible: fc.boolean(),
    })
    .chain(({ length, blank, first, sensible }) =>
      fc.tuple(
        fc.tuple(
          ...fn.parameters.map((p) =>
            fc.oneof(
              { weight: sensible ? 4 : 0, arbitrary: plausible(p.name, p.kind, length, first, blank) },
              { weight: 1, arbitrary: p.kind === "range" ? range(length, blank) : scalar(blank) },
            ),
          ),
        ),
        fc.nat({ max: fn.parameters.length }),
      ),
    )
    .map(([args, dropped]) => {
      let keep = args.length;
      while (keep > 0 && args.length - keep < dropped && fn.parameters[keep - 1].optional) keep--;
      return args.slice(0, keep);
    });
}

/** What a call gave, as the fuzz counts it. */
export type Outcome =
  | { kind: "value" }
  | { kind: "error"; code: string; message: string }
  | { kind: "other"; what: string };

/** The value kinds a cell can hold: a finite number, text, a boolean, or an error value. */
function isCellValue(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  return typeof value === "string" || typeof value === "boolean" || value instanceof ExcelError;
}

/**
 * Calls `fn` and sorts the outcome: a value Excel can show (a finite number, text, a boolean, or a
 * rectangular spill of such cells, error values allowed in it), an Excel error value with a message that
 * names what is wrong, or anything else (a crash, a non-finite number, NaN in a spill, a message that
 * says "[object Object]" or "undefined").
 */
export function outcomeOf(fn: RegisteredFunction, args: unknown[]): Outcome {
  let result: unknown;
  try {
    result = fn.call(...args);
  } catch (error) {
    if (!(error instanceof ExcelError)) return { kind: "other", what: `threw ${String(error)}` };
    const bad = unhelpfulMessage(error.message);
    return bad
      ? { kind: "other", what: `${error.code} "${error.message}" (${bad})` }
      : { kind: "error", code: error.code, message: error.message };
  }
  if (isCellValue(result)) {
    if (result instanceof ExcelError)
      return { kind: "other", what: `returned the error ${result.code} instead of throwing it` };
    return { kind: "value" };
  }
  if (
    Array.isArray(result) &&
    result.length > 0 &&
    result.every((row) => Array.isArray(row) && row.length === result[0].length && row.length > 0)
  ) {
    const odd = (result as unknown[][]).flat().find((c) => !isCellValue(c));
    return odd === undefined ? { kind: "value" } : { kind: "other", what: `spill holds ${String(odd)}` };
  }
  return { kind: "other", what: `returned ${Array.isArray(result) ? "a ragged or empty array" : String(result)}` };
}

/** Why a message would not help the analyst, or "" when it is fine. */
export function unhelpfulMessage(message: string): string {
  if (!message || message.startsWith("#")) return "no message";
  if (/\[object |(is|not) \{\}|\bundefined\b|not null\b|is null\b/.test(message))
    return "names no value the analyst typed";
  if (/TypeError|RangeError|Cannot read|is not a function|Maximum call stack|Invalid array length/.test(message))
    return "a JavaScript error";
  return "";
}
