import { InputError } from "..";
import type { PopulationTable } from "../tables";
import { checkChanges } from "./check-changes";
import { checkRanks } from "./check-ranks";
import { checkRates } from "./check-rates";
import { checkShares } from "./check-shares";
import { checkSums } from "./check-sums";
import type { CheckColumn, CheckReport } from "./check-types";
import { readCheckTable, type RoleOverride } from "./read-check-table";
import { rowStructure } from "./row-structure";

export interface CheckOptions {
  /** A population table, for checking rates (parsePopulationTable). */
  population?: PopulationTable | null;
  /** Rows printed bold (Markdown "**...**"), by matrix row: subtotals and totals in the toolkit's tables. */
  bold?: readonly boolean[];
  /** What the table is called in messages: "table.csv", "Sheet1!A1:F20". */
  name?: string;
  /** The analyst's corrections of column roles ("County Ranking" is a rank), by header: see parseRoleOverride. */
  roles?: readonly RoleOverride[];
}

const ROLE_WORDS: Record<CheckColumn["role"], string> = {
  label: "row label",
  period: "count for a period",
  count: "count",
  numberChange: "number change",
  percentChange: "% change",
  rate: "rate",
  rank: "rank",
  share: "share",
  rowTotal: "total of the row",
  population: "population (the base of the rates)",
  other: "numbers not checked",
  text: "text, not checked",
};

/**
 * "Check a table": reads a table an analyst already has (typed, pasted from Word or a PDF, or made by
 * the toolkit), recognises its columns and rows, recomputes every derived cell from the cells it
 * derives from, and lists each disagreement in plain words with the right value. The checks are
 * checkChanges (number and % change), checkSums (sub-categories, subtotals, totals, row totals),
 * checkRanks, checkShares and checkRates; each infers from the values which cells a column derives
 * from, so that a misprint is reported where it is and the rest of its column is not. Printed values
 * are rounded, so a printed value is accepted when it equals the recomputed one at its printed precision.
 *
 * Missing values: blank and "N/A" cells are read as such and not checked, nor used as 0.
 *
 * @param matrix the table's cells, header first
 * @param options population table, bold rows, the table's name for messages
 * @returns what was recognised, the findings (in row order), and how many cells were checked
 * @throws {InputError} when the table has no row of figures (only text): there is nothing to read; or a
 *   correction of a column's role names a column the table does not have
 * @example
 * checkTable(seedTable26).findings[0].message;
 * // => 'Row "Violence Against The Person", column "Number change": printed + 725; 4833 - 3390 = +1443.'
 */
export function checkTable(matrix: readonly (readonly unknown[])[], options: CheckOptions = {}): CheckReport {
  const table = readCheckTable(matrix, options.bold, options.roles);
  const name = options.name ?? "The table";
  if (table.rows.length === 0) {
    throw new InputError(
      `${name} has no row of figures, so there is nothing to check: give the table with its header row and its rows of figures (a row label, then numbers).`,
    );
  }
  const structure = rowStructure(table);
  const parts = [
    checkChanges(table),
    checkSums(table, structure),
    checkRanks(table, structure),
    checkShares(table, structure),
    checkRates(table, options.population ?? null),
  ];
  const columns = table.columns.map(
    (c) =>
      `"${c.name}" (${c.role === "rate" ? `rate per ${(c.per ?? 1000).toLocaleString("en-GB")}` : ROLE_WORDS[c.role]})`,
  );
  const recognised = [
    `${table.headerRows} header row${table.headerRows === 1 ? "" : "s"} and ${table.rows.length} row${table.rows.length === 1 ? "" : "s"} of figures.`,
    ...table.notes,
    `Columns: ${columns.join(", ")}.`,
    ...(options.roles ?? []).map((o) => `As asked, "${o.column}" is read as ${ROLE_WORDS[o.role]}.`),
    ...structure.notes,
    ...parts.flatMap((p) => p.recognised),
  ];
  const findings = parts.flatMap((p) => p.findings).sort((a, b) => a.row - b.row || a.column - b.column);
  return { recognised, findings, checkedCells: parts.reduce((n, p) => n + p.checked, 0) };
}
