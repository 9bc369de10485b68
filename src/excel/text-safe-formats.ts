import type { CellValue } from "./workbook-port";
import { TEXT_FORMAT } from "./table-layout";

/**
 * The number formats to assign just before writing a block of values, so that every string stays
 * text.
 *
 * Excel reads a value assigned through Office.js as if it were typed: "=A1" becomes a formula, "+A1",
 * "-A1" and "@A1" become formulas too, "00123" and "-3" become numbers. A cell formatted as Text
 * ("@") keeps what is typed as text, which is what Excel does when a user formats a column as Text
 * before pasting: so each string cell gets "@" in the same batch, before the values. (The other
 * common trick, a leading apostrophe, also works in Excel but would be stored literally by anything
 * else that reads the values; "@" keeps the value itself unchanged.) With `formulas`, strings that
 * start with "=" are formulas on purpose and get "General".
 *
 * Missing values: "" gets "General" (a blank cell has no text to protect).
 *
 * @param values the block to write
 * @param formulas true when writing `range.formulas`
 * @returns one number format per cell
 * @example
 * textSafeFormats([["=cmd", 3, "=SUM(A1:A2)"]], true); // => [["General", "General", "General"]]
 * textSafeFormats([["=cmd", 3]], false); // => [["@", "General"]]
 */
export function textSafeFormats(values: readonly (readonly CellValue[])[], formulas = false): string[][] {
  return values.map((row) =>
    row.map((value) =>
      typeof value === "string" && value !== "" && !(formulas && value.startsWith("=")) ? TEXT_FORMAT : "General",
    ),
  );
}
