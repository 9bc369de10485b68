import { columnLetters } from "../cells";
import { InputError } from "..";
import type { CheckColumn, CheckRow, CheckTable, PrintedNumber } from "./check-types";
import { columnRole } from "./column-role";
import { headerTime } from "./header-time";
import { parsePrintedNumber } from "./parse-printed-number";

/** Roles of columns worked out from others; extra cells of a wider part of the table go before them. */
const DERIVED = new Set(["numberChange", "percentChange", "rank", "share", "rate", "rowTotal"]);
const SUB_CATEGORY = /^\s*[-–—•·]\s+/;

/**
 * Reads a table as printed into columns and rows: the header rows at the top (rows holding no number
 * other than a year, and after the first no "N/A"), the label columns on the left (text), then each column's role from its header
 * and values (see columnRole). Wholly blank rows and columns are skipped. A label starting "- " is a
 * sub-category, and so is a row with a value in a last text column headed "Group" (the toolkit's CSV). When some rows have more cells than the header names (a table pasted across a page
 * break, where the second page shows one more year, as the seed's table 2.6 does), the extra cells are
 * read as columns without a header placed before the derived columns (changes, ranks), so the changes
 * still line up; the notes say so.
 *
 * Missing values: blank cells stay "blank" and "N/A" cells "missing"; neither is a number to check.
 *
 * @param matrix the table's cells, header first: text from a file or values from a workbook
 * @param bold optional flags per matrix row, true for rows printed bold (Markdown "**...**")
 * @param overrides the analyst's corrections of column roles, by header
 * @returns the columns, rows and notes on how the table was read
 * @throws {InputError} when a correction names a column the table does not have; otherwise never
 *   (a table with no numbers comes back with no rows to check)
 * @example
 * readCheckTable([["", "2016", "2017"], ["Noise", "713", "732"]]).columns.map((c) => c.role); // => ["label", "period", "period"]
 */
export function readCheckTable(
  matrix: readonly (readonly unknown[])[],
  bold: readonly boolean[] = [],
  overrides: readonly RoleOverride[] = [],
): CheckTable {
  const filled = matrix
    .map((row, r) => ({ r, cells: row.map(parsePrintedNumber) }))
    .filter((row) => row.cells.some((c) => c.kind !== "blank"));
  let headerCount = 0;
  while (headerCount < filled.length - 1 && headerCount < 5 && !bodyLike(filled[headerCount].cells, headerCount === 0))
    headerCount++;
  const header = filled.slice(0, headerCount);
  const body = filled.slice(headerCount);
  const { texts, maps, notes } = aligned(header, body);
  const cells = body.map((b, i) => maps[i].map((m) => (m < 0 ? BLANK : (b.cells[m] ?? BLANK))));
  const found = corrected(texts, roles(texts, cells), overrides);
  const firstFigure = found.findIndex((r) => r !== "text" && r !== "label");
  const labelCount = firstFigure < 0 ? found.length : firstFigure;
  // The toolkit's CSV names each sub-category's group in a last text column "Group" instead of a "- " mark.
  const group =
    labelCount < texts.length - 1 &&
    /^group$/i.test(texts[texts.length - 1].join(" ")) &&
    found[texts.length - 1] === "text"
      ? texts.length - 1
      : -1;
  const columns = texts.map((t, c) => columnOf(t, c, c < labelCount ? "label" : found[c], cells));
  const rows = body
    .map((b, i): CheckRow => {
      const label = cells[i]
        .slice(0, labelCount)
        .map((c) => c.text)
        .filter((t) => t !== "")
        .join(" ");
      const grouped = group >= 0 && (cells[i][group]?.text ?? "") !== "";
      const level =
        grouped || SUB_CATEGORY.test(String(matrix[b.r][maps[i][0] ?? 0] ?? "")) || SUB_CATEGORY.test(label) ? 1 : 0;
      return {
        source: b.r,
        label,
        name: label.replace(SUB_CATEGORY, ""),
        level,
        kind: "data",
        cells: cells[i],
        sourceColumns: maps[i],
        bold: bold[b.r] === true,
      };
    })
    .filter((row) => row.cells.some((c, k) => k >= labelCount && c.kind !== "blank"));
  return { columns, rows, headerRows: headerCount, notes };
}

type Line = { r: number; cells: PrintedNumber[] };
/** The analyst's correction of a column's role, by its header (see parseRoleOverride). */
export type RoleOverride = { column: string; role: CheckColumn["role"] };

/** The roles with the analyst's corrections applied; a correction naming no column is refused. */
function corrected(
  texts: string[][],
  found: CheckColumn["role"][],
  overrides: readonly RoleOverride[],
): CheckColumn["role"][] {
  const out = [...found];
  for (const o of overrides) {
    const key = o.column.toLowerCase();
    const at = texts.findIndex(
      (t) => t.join(" ").toLowerCase() === key || (t[t.length - 1] ?? "").toLowerCase() === key,
    );
    if (at < 0)
      throw new InputError(
        `There is no column headed "${o.column}"; the headers are ${texts.map((t) => `"${t[t.length - 1] ?? ""}"`).join(", ")}.`,
      );
    out[at] = o.role;
  }
  return out;
}
const BLANK = parsePrintedNumber("");

/**
 * The header texts of each column and, for each body row, the matrix column of each column. When some
 * rows are wider than the header, the extra cells become columns without a header, placed before the
 * first derived column (a third year before the changes, as on the seed's second page of 2.6).
 */
function aligned(header: Line[], body: Line[]): { texts: string[][]; maps: number[][]; notes: string[] } {
  const headerWidth = Math.max(0, ...header.map((h) => widthOf(h.cells)));
  const widest = Math.max(0, ...body.map((b) => widthOf(b.cells)));
  const headerTexts = (width: number) =>
    Array.from({ length: width }, (_, c) => header.map((h) => h.cells[c]?.text ?? "").filter((t) => t !== ""));
  if (header.length === 0 || widest <= headerWidth) {
    const texts = headerTexts(Math.max(headerWidth, widest));
    return { texts, maps: body.map(() => texts.map((_, c) => c)), notes: [] };
  }
  const first = roles(
    headerTexts(headerWidth),
    body.map((b) => b.cells.slice(0, headerWidth)),
  );
  const labels = first.findIndex((r) => r !== "text");
  const at = first.findIndex((r, c) => c >= labels && DERIVED.has(r));
  const insert = at < 0 ? headerWidth : at;
  const extra = widest - headerWidth;
  const texts = [
    ...headerTexts(headerWidth).slice(0, insert),
    ...Array.from({ length: extra }, () => []),
    ...headerTexts(headerWidth).slice(insert),
  ];
  const maps = body.map((b) =>
    widthOf(b.cells) > headerWidth
      ? texts.map((_, c) => c)
      : texts.map((_, c) => (c < insert ? c : c < insert + extra ? -1 : c - extra)),
  );
  const wide = body.filter((b) => widthOf(b.cells) > headerWidth).map((b) => b.r + 1);
  const note = `Rows ${rangeText(wide)} have ${widest} cells where the header has ${headerWidth}: read with ${extra === 1 ? "a column" : `${extra} columns`} without a header before "${last(texts[insert + extra]) || "the end"}".`;
  return { texts, maps, notes: [note] };
}

function columnOf(texts: string[], c: number, role: CheckColumn["role"], cells: PrintedNumber[][]): CheckColumn {
  const header = texts.join(" ");
  const name = last(texts) || (role === "label" ? "row label" : `column ${columnLetters(c)} (no header)`);
  const column: CheckColumn = { index: c, header, name, role, time: headerTime(header) };
  const per = columnRole(
    header,
    cells.map((row) => row[c]),
  ).per;
  if (per !== undefined) column.per = per;
  return column;
}

/** A body row holds a number that is not a year (a header may hold years: "2016", "2017"), or after the first row an "N/A". */
function bodyLike(cells: readonly PrintedNumber[], first: boolean): boolean {
  const year = (c: PrintedNumber) =>
    c.kind === "number" && Number.isInteger(c.value) && (c.value as number) >= 1900 && (c.value as number) <= 2100;
  return cells.some((c) => (c.value !== null && !year(c)) || (!first && c.kind === "missing"));
}

function widthOf(cells: readonly PrintedNumber[]): number {
  for (let c = cells.length - 1; c >= 0; c--) if (cells[c].kind !== "blank") return c + 1;
  return 0;
}

function roles(texts: string[][], rows: PrintedNumber[][]) {
  return texts.map(
    (t, c) =>
      columnRole(
        t.join(" "),
        rows.map((row) => row[c] ?? BLANK),
      ).role,
  );
}

function last(texts: string[] | undefined): string {
  return texts && texts.length > 0 ? texts[texts.length - 1] : "";
}

/** "14-27" for consecutive row numbers, "3, 5" otherwise. */
function rangeText(rows: number[]): string {
  const consecutive = rows.every((r, i) => i === 0 || r === rows[i - 1] + 1);
  return consecutive && rows.length > 1 ? `${rows[0]}-${rows[rows.length - 1]}` : rows.join(", ");
}
