import { keyFindings } from "../core/findings";
import { KEY_FINDINGS_RECIPE } from "../core/findings";
import type { FindingsOptions } from "../core/findings";
import type { TableModel } from "../core/tables";

/**
 * The tables a Word document shows and the key findings to put under each (`buildDocx`'s `findings`).
 * A Key findings table among them (the wizard's "Key findings" sheet) is not printed as a table: its
 * rows become the paragraphs under the tables they name, so Word says exactly what the sheet says.
 * Without one, the findings are worked out from the tables (`keyFindings` with `options`).
 *
 * Missing values: a table without findings gets an empty list.
 *
 * @param tables the tables to export, in order
 * @param options how findings are worded when they are worked out here
 * @returns the tables to print and their findings, in the same order
 * @throws {InputError} when the significance level in `options` is not between 0 and 1
 * @example
 * const { tables: shown, findings } = wordFindings(tables);
 * await buildDocx(shown, { findings });
 */
export function wordFindings(
  tables: readonly TableModel[],
  options: FindingsOptions = {},
): { tables: TableModel[]; findings: string[][] } {
  const sheet = tables.find((t) => t.recipe === KEY_FINDINGS_RECIPE);
  const shown = tables.filter((t) => t.recipe !== KEY_FINDINGS_RECIPE);
  if (!sheet) return { tables: shown, findings: keyFindings(shown, options).map((f) => f.findings) };
  const findings = shown.map((t) =>
    sheet.rows.filter((r) => r.cells[1]?.value === t.title).map((r) => String(r.cells[0].value ?? "")),
  );
  return { tables: shown, findings };
}
