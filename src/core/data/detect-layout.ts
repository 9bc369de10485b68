import type { ColumnRoles, LayoutGuess } from "./ingest-types";
import { cellText } from "./cell-text";
import { proposeRoles } from "./propose-roles";
import { parseMonth } from "../periods/parse-month";

/** The police.uk street-level header, lower-cased, with the role of each column. */
const POLICE_UK = ["crime id", "month", "reported by", "falls within", "longitude", "latitude", "location", "lsoa code", "lsoa name", "crime type"];
const POLICE_UK_ROLES: ColumnRoles = { id: 0, month: 1, area: 8, category: 9, areaIsLsoa: true };

/** Serial numbers of 1 Jan 1990 and 31 Dec 2099: a numeric header in this range is taken as a date. */
const FIRST_SERIAL = 32874;
const LAST_SERIAL = 73415;

/**
 * Guesses how a table holds its crimes - record level, long monthly counts or wide (a column per
 * month) - and proposes the column roles, with a confidence from 0 to 1 and the reason in plain words.
 *
 * The order of tests follows how telling each sign is: a police.uk street-level header is certain
 * (0.99); three or more headers that read as months mean wide; otherwise the proposed roles decide -
 * a month column with a count column is long, a month column without one is record level. A guess
 * without a month column is a fallback (0.2) that the wizard must ask about. The caller can override
 * the layout and any role when building the Dataset.
 *
 * Missing values: blank rows above the header are skipped; blank cells count for nothing.
 *
 * @param rows the first rows of the table (header included; a hundred rows are plenty)
 * @returns the layout, confidence, reason, roles, whether it is police.uk, and the header row
 * @throws never (an empty table gives a 0-confidence guess)
 * @example
 * detectLayout([["Category", "Oct 2017", "Nov 2017", "Dec 2017"], ["Burglary", 40, 38, 51]]);
 * // => { layout: "wide", confidence: 0.9, reason: "3 columns are headed by months (Oct 2017 to Dec 2017)", ... }
 */
export function detectLayout(rows: unknown[][]): LayoutGuess {
  const headerRow = rows.findIndex((row) => row.filter((cell) => cellText(cell) !== "").length >= 2);
  if (headerRow < 0) return guess("record", 0, "The table has no header row (no row with two or more filled cells).", {}, 0);
  const header = rows[headerRow];
  const names = header.map((cell) => cellText(cell).toLowerCase());
  if (POLICE_UK.every((name, i) => names[i] === name)) {
    return { ...guess("record", 0.99, "The header is a police.uk street-level crime file's (Crime ID, Month, ..., LSOA name, Crime type).", { ...POLICE_UK_ROLES }, headerRow), policeUk: true };
  }
  const wide = wideGuess(header, rows.slice(headerRow + 1), headerRow);
  if (wide) return wide;
  return rolesGuess(proposeRoles(header, rows.slice(headerRow + 1, headerRow + 51)), header, headerRow);
}

function guess(layout: LayoutGuess["layout"], confidence: number, reason: string, roles: ColumnRoles, headerRow: number): LayoutGuess {
  return { layout, confidence, reason, roles, policeUk: false, headerRow };
}

function wideGuess(header: unknown[], body: unknown[][], headerRow: number): LayoutGuess | undefined {
  const monthColumns: { column: number; month: number }[] = [];
  header.forEach((cell, column) => {
    const month = headerMonth(cell);
    if (month !== undefined) monthColumns.push({ column, month });
  });
  if (monthColumns.length < 3) return undefined;
  const labels = header.map((_, c) => c).filter((c) => !monthColumns.some((m) => m.column === c));
  const roles = { ...proposeRoles(labels.map((c) => header[c]), body.slice(0, 50).map((row) => labels.map((c) => row[c]))), monthColumns };
  const relabelled: ColumnRoles = { monthColumns };
  if (roles.category !== undefined) relabelled.category = labels[roles.category];
  if (roles.area !== undefined) relabelled.area = labels[roles.area];
  if (relabelled.category === undefined && relabelled.area === undefined && labels.length > 0) relabelled.category = labels[0];
  const first = cellText(header[monthColumns[0].column]);
  const last = cellText(header[monthColumns[monthColumns.length - 1].column]);
  const confidence = labels.length > 0 ? 0.9 : 0.6;
  return guess("wide", confidence, `${monthColumns.length} columns are headed by months (${first} to ${last}).`, relabelled, headerRow);
}

/** The month of a header cell, or undefined: text that reads as a month, or a date serial number. */
function headerMonth(cell: unknown): number | undefined {
  if (typeof cell === "number" && (cell < FIRST_SERIAL || cell > LAST_SERIAL)) return undefined;
  if (cellText(cell) === "") return undefined;
  try {
    return parseMonth(cell);
  } catch {
    return undefined;
  }
}

function rolesGuess(roles: ColumnRoles, header: unknown[], headerRow: number): LayoutGuess {
  const name = (column: number | undefined): string => (column === undefined ? "" : `"${cellText(header[column])}"`);
  if (roles.month === undefined) {
    return guess("record", 0.2, "No column reads as months; choose the month or date column.", roles, headerRow);
  }
  if (roles.count !== undefined) {
    const sure = roles.category !== undefined || roles.area !== undefined;
    return guess("long", sure ? 0.85 : 0.6, `Months in ${name(roles.month)} with counts in ${name(roles.count)}: one row per month${sure ? ", category and area" : ""}.`, roles, headerRow);
  }
  const sure = roles.category !== undefined && (roles.id !== undefined || roles.area !== undefined);
  return guess("record", sure ? 0.8 : 0.5, `Months in ${name(roles.month)} and no count column: one row per crime.`, roles, headerRow);
}
