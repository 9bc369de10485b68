import { fieldText } from "./field-text";
import type { ReaderPosition } from "./record-reader";

/**
 * The LSOA code of the record being read (`fields.code` of `at.record`), or undefined when there is none.
 *
 * @param at where the reader is
 * @param field the code column (-1: none)
 * @returns the code's text, or undefined
 * @throws never
 * @example
 * codeAt(plan.at, plan.fields.code); // => "E01024371"
 */
export function codeAt(at: ReaderPosition, field: number): string | undefined {
  return field >= 0 && at.record && field < at.record.fieldCount ? fieldText(at.bytes, at.record, field) : undefined;
}
