import { nameKey } from "./name-key";
import type { TableCell, TableModel, TableRow, YearFigures } from "./table-model";

/** A year's header as the tables by year print it, "2017" or "2017/18", with or without a part-year marker. */
const YEAR = /^(\d{4}(\/\d{2})?)/;
/** A whole year's header: nothing after the year (a part year carries a marker). */
const WHOLE_YEAR = /^\d{4}(\/\d{2})?$/;

/**
 * A table with the figures its recipe computes, for the key findings, which read figures and never
 * cells. A table made by a recipe here carries them and is returned as it is; a table that carries none
 * (built by hand, or read back from a sheet) has them read from its cells, by the layout its recipe
 * prints, in this one place:
 * - category-by-year: a column per year headed "2017" or "2017/18" (a marked header is a part year),
 *   its total on the total row; each row's counts of those years, named by its description, else its code;
 * - the comparison tables (rolling-year, area-comparison, period-comparison, partner-counts): each row's
 *   counts of the table's periods (two when its subject does not say) before its first change cell, the
 *   printed % change after it, and its rank cell.
 * Rate, survey and fy-pivot tables are read only as their recipes make them: without figures they have
 * none (and no findings).
 *
 * Missing values: a cell that is not a number is a count not available (null); a row without a change
 * cell after its counts, or a table by year without a total row, gets no figures of its own.
 *
 * @param table the table
 * @returns the table, with figures on its rows (and a table by year, its years)
 * @throws never
 * @example
 * withFigures(tableReadFromSheet).rows[0].figures; // => { label: "All crime", counts: [13594, 10271], change: 3323, percent: 32.4 }
 */
export function withFigures(table: TableModel): TableModel {
  if (table.recipe === "category-by-year") return table.figures?.years ? table : yearTable(table);
  if (table.rows.every((r) => r.figures)) return table;
  return { ...table, rows: table.rows.map((r) => (r.figures ? r : comparisonRow(table, r))) };
}

function numberOf(cell: TableCell | undefined): number | null {
  return typeof cell?.value === "number" ? cell.value : null;
}

function comparisonRow(table: TableModel, row: TableRow): TableRow {
  const at = row.cells.findIndex((c) => c.kind === "change");
  const periods = table.subject?.periods?.length ?? 2;
  if (at < periods + 1) return row;
  const counts = row.cells.slice(at - periods, at).map(numberOf);
  const [current, previous] = counts;
  const rank = numberOf(row.cells.find((c) => c.kind === "rank"));
  const figures = {
    label: String(row.cells[0].value ?? ""),
    counts,
    change: current !== null && previous !== null ? current - previous : null,
    percent: row.cells[at + 1]?.kind === "percentChange" ? numberOf(row.cells[at + 1]) : null,
    ...(rank === null ? {} : { rank }),
  };
  return { ...row, figures };
}

function yearTable(table: TableModel): TableModel {
  const columns = (table.headerRows[0] ?? []).flatMap((h, column) => {
    const year = YEAR.exec(h.text);
    return year ? [{ column, label: year[1], whole: WHOLE_YEAR.test(h.text) }] : [];
  });
  const total = table.rows.find((r) => r.kind === "total");
  const years: YearFigures[] = columns
    .map((c) => ({ label: c.label, total: numberOf(total?.cells[c.column]), whole: c.whole }))
    .reverse();
  const rows = table.rows.map((row) => ({
    ...row,
    figures: { label: rowName(row), counts: columns.map((c) => numberOf(row.cells[c.column])).reverse() },
  }));
  return { ...table, rows, figures: { ...table.figures, years } };
}

/** A category-by-year row's name: its description (a second text cell), else its code. */
function rowName(row: TableRow): string {
  const code = String(row.cells[0]?.value ?? "");
  const description = row.cells[1]?.kind === "text" ? String(row.cells[1].value ?? "") : "";
  return description !== "" && nameKey(description) !== nameKey(code) ? description : code;
}
