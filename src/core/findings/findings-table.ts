import { SIGNIFICANCE_LEVEL } from "../significance";
import type { TableModel } from "../tables";
import type { TableFindings } from "./findings-options";

/** The recipe id of the Key findings table, so writers can tell it from the tables it describes. */
export const KEY_FINDINGS_RECIPE = "key-findings";

/**
 * The key findings of a set of tables as one table for a "Key findings" sheet: one finding per row, as
 * text, each with the title of the table it comes from, in the tables' order. Being a TableModel, it is
 * written like any table (text-safe cells on a new sheet, the .xlsx writer).
 *
 * Missing values: tables without findings add no rows; with no findings at all the result is null (no
 * empty sheet is made).
 *
 * @param findings the findings per table (from `keyFindings`)
 * @param level the significance level the findings used, for the note
 * @returns the table, or null when there are no findings
 * @throws never
 * @example
 * findingsTable(keyFindings(tables), 0.05)?.rows[0].cells.map((c) => c.value); // => ["All crime in Maidstone rose by ...", "Volume of crimes by type, ..."]
 */
export function findingsTable(findings: readonly TableFindings[], level = SIGNIFICANCE_LEVEL): TableModel | null {
  const rows = findings.flatMap((f) =>
    f.findings.map((text) => ({
      level: 0 as const,
      kind: "data" as const,
      cells: [
        { kind: "text" as const, value: text },
        { kind: "text" as const, value: f.table },
      ],
    })),
  );
  if (rows.length === 0) return null;
  return {
    recipe: KEY_FINDINGS_RECIPE,
    title: "Key findings",
    sheetName: "Key findings",
    headerRows: [[{ text: "Finding" }, { text: "Source table" }]],
    rows,
    notes: [
      "Each finding is written from the figures of the table it names. Statistically significant: the exact test for two Poisson counts " +
        `(as R's poisson.test) gives a two-sided p-value below ${level}; within normal variation: it does not.`,
    ],
    source: "",
  };
}
