import { plainRemedies } from "../core";
import { InputError, NotAvailableError } from "../core";

/** The Excel error values a custom function can return. */
export type ExcelErrorCode = "#VALUE!" | "#N/A" | "#DIV/0!" | "#NUM!";

/**
 * An error value as the functions return it outside Excel (plain Node, tests): the same code and
 * message that `CustomFunctions.Error` carries inside Excel.
 */
export class ExcelError extends Error {
  constructor(
    public readonly code: ExcelErrorCode,
    message = "",
  ) {
    super(message || code);
    this.name = "ExcelError";
  }
}

const OFFICE_CODES: Record<ExcelErrorCode, string> = {
  "#VALUE!": "invalidValue",
  "#N/A": "notAvailable",
  "#DIV/0!": "divisionByZero",
  "#NUM!": "invalidNumber",
};

/**
 * Makes an Excel error value. Inside Excel this is a `CustomFunctions.Error`, which the cell shows as
 * the error with the message as its tooltip (Excel shows messages for `#VALUE!` and `#N/A` only and
 * drops them on `#DIV/0!` and `#NUM!`, so an answer that does not exist is `#N/A` with its reason);
 * elsewhere it is an `ExcelError` with the same code, so the module runs in plain Node.
 */
export function excelError(code: ExcelErrorCode, raw?: string): Error {
  const message = raw === undefined ? undefined : plainRemedies(raw); // core's remedy tokens, in words of no front end
  const runtime = (globalThis as { CustomFunctions?: typeof CustomFunctions }).CustomFunctions;
  if (runtime?.Error) {
    const errorCode = runtime.ErrorCode[OFFICE_CODES[code] as keyof typeof CustomFunctions.ErrorCode];
    return new runtime.Error(errorCode as CustomFunctions.ErrorCode, message) as unknown as Error;
  }
  return new ExcelError(code, message);
}

/**
 * Turns anything a core function threw into the Excel error a cell should show: `InputError` is
 * `#VALUE!`, `NotAvailableError` is `#N/A`, and anything unexpected is `#VALUE!` with its message,
 * so a cell never shows a bare crash.
 */
export function toExcelError(error: unknown): Error {
  if (error instanceof NotAvailableError) return excelError("#N/A", error.message);
  if (error instanceof InputError) return excelError("#VALUE!", error.message);
  return excelError("#VALUE!", error instanceof Error ? error.message : String(error));
}

/** True for an error value made by `excelError` (in Excel or in Node). */
export function isExcelError(value: unknown): boolean {
  if (value instanceof ExcelError) return true;
  const runtime = (globalThis as { CustomFunctions?: typeof CustomFunctions }).CustomFunctions;
  return Boolean(runtime?.Error && value instanceof runtime.Error);
}

/**
 * Runs the body of a custom function and throws whatever went wrong as an Excel error value: error
 * values made on purpose pass through, core errors are mapped by `toExcelError`. Every function in
 * `src/functions` wraps its body in this, so none can end in an unexplained crash. It also holds the one
 * rule for answers that are not finite numbers (an overflow such as 1E+308 x 10, or NaN): such a number
 * never reaches a cell; a single answer is #NUM! and a spilled cell becomes #NUM!, each with a message
 * (Excel itself shows #NUM! for a number too large to hold; it drops the message, README says what it means).
 * A function that spills only text, or has already put #NUM! in place of every number that is not
 * finite, says so with `spill` "checked", and its spill is not read again cell by cell.
 *
 * @param body the function's work
 * @param spill "check" (the default): read every spilled cell; "checked": the body has seen to it
 * @returns what the body returned
 * @throws the Excel error of whatever the body threw, or #NUM! for a single answer that is not finite
 * @example
 * export function ratePer(count: number, population: number): number {
 *   return guard(() => ratePerHead(requireNumber(count, "count"), requireNumber(population, "population")));
 * }
 */
export function guard<T>(body: () => T, spill: "check" | "checked" = "check"): T {
  let result: T;
  try {
    result = body();
  } catch (error) {
    throw isExcelError(error) ? error : toExcelError(error);
  }
  if (typeof result === "number") {
    if (!Number.isFinite(result)) throw notFinite(result);
  } else if (Array.isArray(result) && spill === "check") {
    finiteCells(result as unknown[][]);
  }
  return result;
}

/** Replaces, in place, every spilled number that is not finite with #NUM!. */
function finiteCells(rows: unknown[][]): void {
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell === "number" && cell - cell !== 0) row[c] = notFinite(cell);
    }
  }
}

/** The #NUM! error of an answer that is not a finite number. */
export function notFinite(value: number): Error {
  return excelError(
    "#NUM!",
    Number.isNaN(value)
      ? "The answer is not a number: the inputs are too large or too small to work with."
      : "The answer is beyond the largest number Excel can hold (about 1E+308): check the inputs for values far too large or too small.",
  );
}
