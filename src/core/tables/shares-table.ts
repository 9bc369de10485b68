import { optionRef } from "..";
import { InputError } from "..";
import { partnerCell, type PartnerCell } from "../cells";
import { partnerSum } from "../cells";
import { shareOf } from "../change";
import { cellText } from "../cells";
import { nameKey } from "./name-key";
import { sheetName } from "../house-style";
import type { HeaderCell, TableCell, TableModel, TableRow } from "./table-model";

export interface SharesOptions {
  /** The partner's cross-tab, header row first: labels in the first column, a column of counts per group. */
  table: readonly (readonly unknown[])[];
  /** The row each column's shares are of ("Total" of young people in treatment, seed 5.5); default the column's sum. */
  ofRow?: string | null;
  /** Decimal places of the shares (default 1; the seed's 5.5 prints 0). */
  decimals?: number | null;
  /** The table's title; default the corner heading. */
  title?: string | null;
  /** The source line; default "Source: partner's table". */
  source?: string | null;
}

/**
 * Recipe `shares` (seed 5.5, and 3.4, 3.6, 3.1 from counts): each cell of a partner's cross-tab with its
 * share of its column, as "n" and "%" under each group: substances by age of young people in treatment as a
 * share of all in treatment at that age, repeat cases as a share of all cases, outcomes as a share of
 * recorded crimes. The shares are of a row the analyst names (`ofRow`: where the rows overlap, as
 * substances used together do, their sum is not the base) or else of the column's sum, shown as a total row.
 *
 * Missing values: a held-back count ("*", "-", "..") stays held back and its share is "-", never 0; an "n/a"
 * or blank stays n/a; a footnote marker on a count ("10*") is kept on the count and its share. A column sum
 * with a held-back cell is held back, so its shares are too.
 *
 * @param options the table and how to read it
 * @returns the table
 * @throws {InputError} naming the row and column of a cell that is not a count or a marker, or when `ofRow`
 *   names no row of the table
 * @throws {RangeError} when `decimals` is not 0 to 10
 * @example
 * sharesTable({ table: substancesByAge, ofRow: "Total", decimals: 0 }); // seed 5.5
 */
export function sharesTable(options: SharesOptions): TableModel {
  const header = (options.table[0] ?? []).map(cellText);
  const groups = header.map((text, at) => ({ text, at })).filter((g) => g.at > 0 && g.text !== "");
  const decimals = options.decimals ?? 1;
  const body = options.table
    .slice(1)
    .map((row, r) => ({ row, number: r + 2 }))
    .filter(({ row }) => row.some((c) => cellText(c) !== ""));
  const lines = body.map(({ row, number }) => ({
    label: cellText(row[0]),
    cells: groups.map((g) => countOf(row[g.at], number, g.text)),
  }));
  const baseAt = options.ofRow ? lines.findIndex((l) => nameKey(l.label) === nameKey(options.ofRow as string)) : -1;
  if (options.ofRow && baseAt < 0)
    throw new InputError(
      `The shares are of the row "${options.ofRow}" (${optionRef("ofRow")}), but the table has no such row; its rows are ${lines.map((l) => `"${l.label}"`).join(", ")}.`,
    );
  const parts = lines.filter((_, i) => i !== baseAt);
  const base =
    baseAt >= 0
      ? lines[baseAt]
      : { label: "Total", cells: groups.map((_, k) => partnerSum(parts.map((p) => p.cells[k]))) };
  const rows: TableRow[] = [
    ...parts.map((l) => row(l, base.cells, decimals, "data")),
    row(base, base.cells, decimals, "total"),
  ];
  const top: HeaderCell[] = [{ text: header[0] ?? "" }, ...groups.map((g) => ({ text: g.text, span: 2 }))];
  const second: HeaderCell[] = [{ text: "" }, ...groups.flatMap(() => [{ text: "n" }, { text: "%" }])];
  return {
    recipe: "shares",
    title: options.title ?? (header[0] || "Shares"),
    sheetName: sheetName(options.title ?? `Shares ${header[0] ?? ""}`),
    headerRows: [top, second],
    rows,
    notes: [
      baseAt >= 0 ? `Shares are of the ${base.label} row.` : "Shares are of each column's total.",
      "* - ..: held back by the partner; a held-back count's share is shown as -, never 0.",
    ],
    source: options.source ?? "Source: partner's table",
  };
}

function countOf(value: unknown, row: number, column: string): PartnerCell {
  const cell = partnerCell(value);
  if (cell.kind === "notApplicable" && !["", "n/a", "na", "not applicable"].includes(cell.marker.toLowerCase())) {
    throw new InputError(
      `The partner's table, row ${row}, column "${column}": "${cell.marker}" is not a count; write * for a count held back or n/a for none.`,
    );
  }
  return cell;
}

function row(
  line: { label: string; cells: PartnerCell[] },
  base: PartnerCell[],
  decimals: number,
  kind: TableRow["kind"],
): TableRow {
  const cells: TableCell[] = [{ kind: "text", value: line.label }];
  line.cells.forEach((cell, k) =>
    cells.push(shown(cell, "count", 0), shown(shareOf(cell, base[k], decimals), "percent", decimals)),
  );
  return { level: 0, kind, cells };
}

function shown(cell: PartnerCell, kind: "count" | "percent", decimals: number): TableCell {
  if (cell.kind === "number")
    return {
      kind,
      value: cell.value,
      ...(kind === "percent" ? { decimals } : {}),
      ...(cell.footnote ? { footnote: cell.footnote } : {}),
    };
  return { kind: "text", value: cell.marker || "n/a" };
}
