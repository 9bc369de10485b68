import { optionRef } from "..";
import { agreesAtPrecision } from "./agrees-at-precision";
import type { CheckPart, CheckTable } from "./check-types";
import { makeFinding } from "./make-finding";
import { printedLike } from "./printed-like";
import { ADDITIVE, type RowStructure } from "./row-structure";
import { sumOfParts } from "./sum-of-parts";

/**
 * Adds up every subtotal and total from its parts, in every count column: a category from its "- "
 * sub-categories, a subtotal from its group, the total from the subtotals and the categories outside
 * them (see rowStructure), and a row-total column ("Yearly Total") from the row's other counts.
 * A category whose sub-categories fall short of it in every column is an "of which" list (only some
 * sub-categories shown) and is not checked; the report says so. A row-total column that is not the
 * sum of the row's counts in most rows (a total over more than the columns shown) is not checked either.
 *
 * Missing values: a sum with a blank or not-available part is not worked out (nothing is taken as 0),
 * except along a row-total column, where blank months are months with nothing printed (a part year,
 * as the seed's 2017/18 needle finds); a blank or not-available sum is not checked.
 *
 * @param table the table as read by readCheckTable
 * @param structure its rows as recognised by rowStructure
 * @returns what was read, the findings, and how many cells were checked
 * @throws never
 * @example
 * checkSums(table, rowStructure(table)).findings[0].working; // => "the 3 rows it adds up come to 44822"
 */
export function checkSums(table: CheckTable, structure: RowStructure): CheckPart {
  const part: CheckPart = { recognised: [], findings: [], checked: 0 };
  const additive = table.columns.filter((c) => ADDITIVE.has(c.role));
  const partial: string[] = [];
  structure.children.forEach((kids, r) => {
    if (kids.length === 0) return;
    const sums = additive.map((c) => ({
      c,
      sum: sumOfParts(table.rows, kids, c.index),
      own: table.rows[r].cells[c.index].value,
    }));
    const known = sums.filter((s) => s.sum !== null && s.own !== null);
    if (known.length > 0 && known.every((s) => (s.sum as number) < (s.own as number))) {
      partial.push(`"${table.rows[r].name}"`);
      return;
    }
    for (const { c, sum } of known) compare(table, part, r, c.index, sum as number, kids);
  });
  if (partial.length > 0)
    part.recognised.push(
      `Sub-categories of ${partial.join(", ")} add up to less than the category in every column: read as an "of which" list and not added up.`,
    );
  structure.parts.forEach((parts, r) => {
    if (parts.length === 0) return;
    for (const c of additive) {
      const sum = sumOfParts(table.rows, parts, c.index);
      if (sum !== null && table.rows[r].cells[c.index].value !== null) compare(table, part, r, c.index, sum, parts);
    }
  });
  for (const total of table.columns.filter((c) => c.role === "rowTotal")) checkRowTotals(table, part, total.index);
  return part;
}

function compare(
  table: CheckTable,
  part: CheckPart,
  r: number,
  c: number,
  sum: number,
  parts: readonly number[],
): void {
  part.checked++;
  const printed = table.rows[r].cells[c];
  if (agreesAtPrecision(printed, sum)) return;
  const values = parts.map((p) => String(table.rows[p].cells[c].value));
  const text = printedLike(sum, printed);
  const working =
    parts.length === 1
      ? `the one row it adds up, "${table.rows[parts[0]].name}", has ${text}`
      : parts.length <= 5
        ? `${values.join(" + ")} = ${text}`
        : `the ${parts.length} rows it adds up ("${table.rows[parts[0]].name}" to "${table.rows[parts[parts.length - 1]].name}") come to ${text}`;
  part.findings.push(makeFinding(table, r, c, text, working));
}

function checkRowTotals(table: CheckTable, part: CheckPart, column: number): void {
  const summed = table.columns.filter((c) => (c.role === "period" || c.role === "count") && c.index < column);
  if (summed.length < 2) {
    part.recognised.push(
      `"${table.columns[column].name}": not checked, as there are not two count columns before it to add up.`,
    );
    return;
  }
  const sums = table.rows.map((row) => {
    const cells = summed.map((c) => row.cells[c.index]);
    if (
      row.cells[column].value === null ||
      cells.some((c) => c.kind === "missing" || c.kind === "text") ||
      cells.every((c) => c.value === null)
    )
      return null;
    return { sum: cells.reduce((s, c) => s + (c.value ?? 0), 0), counts: cells.filter((c) => c.value !== null).length };
  });
  const tried = sums.filter((s) => s !== null).length;
  const agreed = sums.filter((s, r) => s !== null && agreesAtPrecision(table.rows[r].cells[column], s.sum)).length;
  if (tried > 0 && agreed * 2 < tried) {
    part.recognised.push(
      `"${table.columns[column].name}": not checked, as it is not the sum of the row's counts in most rows (give ${optionRef("role")} to say what it is).`,
    );
    return;
  }
  part.recognised.push(
    `"${table.columns[column].name}" adds up the row's ${summed.length} count columns ("${summed[0].name}" to "${summed[summed.length - 1].name}").`,
  );
  sums.forEach((s, r) => {
    if (s === null) return;
    part.checked++;
    const printed = table.rows[r].cells[column];
    if (agreesAtPrecision(printed, s.sum)) return;
    const text = printedLike(s.sum, printed);
    part.findings.push(makeFinding(table, r, column, text, `the row's ${s.counts} counts add up to ${text}`));
  });
}
