import { ExcelError } from "../../src/functions/excel-error";

/** The Excel error a custom function throws, for tests that check its code and message. */
export function errorOf(call: () => unknown): ExcelError {
  try {
    call();
  } catch (error) {
    return error as ExcelError;
  }
  throw new Error("expected an Excel error");
}
