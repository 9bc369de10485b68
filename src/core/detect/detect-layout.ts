import type { ColumnRoles, DataKind, LayoutGuess } from "./ingest-types";
import { capitalised } from "../change";
import { cellText } from "../cells";
import { profileColumns } from "./column-profile";
import { detectKind } from "./detect-kind";
import { policeUkHeader } from "./police-uk-header";
import { proposeRoles } from "./propose-roles";
import { parseMonth } from "../periods";
import { monthKey } from "../periods";
import { periodReader } from "../periods";
import { TOTAL_LABEL, valueColumns } from "./value-columns";

/** Serial numbers of 1 Jan 1990 and 31 Dec 2099: a numeric header in this range is taken as a date. */
const FIRST_SERIAL = 32874;
const LAST_SERIAL = 73415;
const ROLE_LABELS: [keyof ColumnRoles, string][] = [
  ["month", "period"],
  ["year", "year"],
  ["category", "category"],
  ["area", "area"],
  ["count", "count"],
  ["id", "identifier"],
];

/** A header row: two filled cells, or a blank first cell (a row-number column's) and a filled one after it. */
function isHeaderRow(row: unknown[]): boolean {
  const filled = row.filter((cell) => cellText(cell) !== "").length;
  return filled >= 2 || (filled === 1 && cellText(row[0]) === "");
}

/**
 * Guesses how a table holds its records - record level, long counts or wide (a column per period) -
 * proposes the column roles and what the rows count (crimes, ASB, outcomes, searches, other counts or
 * rates), with a confidence from 0 to 1 and every reason in plain words.
 *
 * The order of tests follows how telling each sign is: a police.uk header (street, outcomes or stop
 * and search, also re-saved by pandas or R with a row-number column) is certain (0.99); three or more
 * headers that read as months, or two or more that read as years, quarters or financial years, mean
 * wide (other columns, such as a "change_pct", are labels and never added); otherwise the proposed
 * roles decide - a period column with a count column is long, a period column without one is record
 * level. A guess without a period column is a fallback (0.2) that the analyst must correct. Columns
 * that can never be counts (row numbers, coordinates, codes, rates) are named in the reasons.
 *
 * Missing values: blank rows above the header are skipped; blank cells count for nothing.
 * The header is the first row with two filled cells, or with a blank first cell and a filled one after
 * it (the header of a row-number column, as pandas writes it, over a single column); a title above the
 * table fills its first cell alone.
 *
 * @param rows the first rows of the table (header included; a hundred rows are plenty)
 * @returns the layout, confidence, reasons, roles, kind, police.uk file, and the header row
 * @throws never (an empty table gives a 0-confidence guess)
 * @example
 * detectLayout([["Category", "Oct 2017", "Nov 2017", "Dec 2017"], ["Burglary", 40, 38, 51]]);
 * // => { layout: "wide", confidence: 0.9, reason: "3 columns are headed by months (Oct 2017 to Dec 2017).", ... }
 */
export function detectLayout(rows: unknown[][]): LayoutGuess {
  const headerRow = rows.findIndex(isHeaderRow);
  if (headerRow < 0)
    return guess("record", 0, ["The table has no header row (no row with two or more filled cells)."], {}, 0, "counts");
  const header = rows[headerRow];
  const body = rows.slice(headerRow + 1, headerRow + 51);
  const police = policeUkHeader(header);
  if (police) {
    const found = guess(
      "record",
      0.99,
      [police.reason, ...roleReasons(header, police.roles)],
      police.roles,
      headerRow,
      police.kind,
    );
    return {
      ...found,
      policeUk: police.file === "street",
      policeUkFile: police.file,
      ...(police.forceColumn === undefined ? {} : { forceColumn: police.forceColumn }),
    };
  }
  return wideGuess(header, body, headerRow) ?? rolesGuess(proposeRoles(header, body), header, body, headerRow);
}

function guess(
  layout: LayoutGuess["layout"],
  confidence: number,
  reasons: string[],
  roles: ColumnRoles,
  headerRow: number,
  kind: DataKind,
): LayoutGuess {
  return { layout, confidence, reason: reasons[0], reasons, roles, policeUk: false, headerRow, kind };
}

/** One line per role: which column plays it. */
function roleReasons(header: unknown[], roles: ColumnRoles): string[] {
  const named = ROLE_LABELS.filter(([role]) => typeof roles[role] === "number").map(
    ([role, label]) => `${label} "${cellText(header[roles[role] as number])}"`,
  );
  return named.length > 0 ? [`Columns: ${named.join(", ")}.`] : [];
}

/** Reasons naming the numeric columns never counted (row numbers, coordinates, codes, flags, rates). */
function notCounted(header: unknown[], body: unknown[][], roles: ColumnRoles): string[] {
  const used = new Set(Object.values(roles).filter((v): v is number => typeof v === "number"));
  roles.valueColumns?.forEach((v) => used.add(v.column));
  const skipped = profileColumns(header, body)
    .map((p, c) => ({ p, c }))
    .filter(
      ({ p, c }) =>
        !used.has(c) && p.numbers > 0 && p.numbers >= 0.9 * p.filled && (p.notCount !== "" || p.unlikelyCount !== ""),
    )
    .map(({ p }) => `"${p.title}" (${p.notCount || p.unlikelyCount})`);
  return skipped.length > 0 ? [`Not counted: ${skipped.join(", ")}.`] : [];
}

/** A table with one column per category or per area (`valueColumns`): long rows, each column a name's count. */
function valuesGuess(
  values: NonNullable<ReturnType<typeof valueColumns>>,
  proposed: ColumnRoles,
  header: unknown[],
  body: unknown[][],
  headerRow: number,
): LayoutGuess {
  const roles: ColumnRoles = { ...proposed, valueColumns: values.columns };
  delete roles.count;
  if (values.valuesAre) roles.valuesAre = values.valuesAre;
  if (values.totalColumn !== undefined) roles.totalColumn = values.totalColumn;
  const profiles = profileColumns(header, body);
  const kind = detectKind(
    profiles,
    roles,
    body,
    values.columns.map((v) => v.column),
  );
  const total =
    values.totalColumn === undefined
      ? []
      : [
          `"${cellText(header[values.totalColumn])}" holds each row's total: it is checked against the row's counts, never added to them.`,
        ];
  const reasons = [
    values.evidence,
    ...total,
    ...roleReasons(header, roles),
    ...notCounted(header, body, { ...roles, ...Object.fromEntries(values.columns.map((v, i) => [`v${i}`, v.column])) }),
    `Kind: ${kind.kind}. ${kind.reason}`,
  ];
  return guess("long", values.valuesAre ? 0.8 : 0.3, reasons, roles, headerRow, kind.kind);
}

function wideGuess(header: unknown[], body: unknown[][], headerRow: number): LayoutGuess | undefined {
  const periods = header
    .map((cell, column) => ({ column, cell }))
    .filter(({ cell }) => headerPeriod([cell]) !== undefined);
  if (periods.length < 2) return undefined;
  const reading = headerPeriod(periods.map((p) => p.cell));
  if (!reading || (reading.unit === "month" && periods.length < 3)) return undefined;
  const monthColumns = periods.map(({ column, cell }) => ({ column, month: reading.read(headerText(cell)) }));
  const labels = header.map((_, c) => c).filter((c) => !monthColumns.some((m) => m.column === c));
  const proposed = proposeRoles(
    labels.map((c) => header[c]),
    body.map((row) => labels.map((c) => row[c])),
  );
  const roles: ColumnRoles = { monthColumns };
  if (proposed.category !== undefined) roles.category = labels[proposed.category];
  if (proposed.area !== undefined) roles.area = labels[proposed.area];
  // One label column of all-different names (a district per row) is taken for identifiers; in a wide table it is
  // the rows' label: an area when its header says so ("District", seed 3.2), else a category.
  if (roles.category === undefined && roles.area === undefined && labels.length > 0)
    roles[AREA_HEADER.test(cellText(header[labels[0]])) ? "area" : "category"] = labels[0];
  // A short table's one label column (two districts) passes for a category by its few values; its header decides.
  if (
    roles.area === undefined &&
    roles.category !== undefined &&
    labels.length === 1 &&
    AREA_HEADER.test(cellText(header[roles.category]))
  ) {
    roles.area = roles.category;
    delete roles.category;
  }
  const first = cellText(periods[0].cell);
  const last = cellText(periods[periods.length - 1].cell);
  const profiles = profileColumns(header, body);
  const kind = detectKind(
    profiles,
    roles,
    body,
    monthColumns.map((m) => m.column),
  );
  const total = labels.find(
    (c) =>
      c !== roles.category && c !== roles.area && profiles[c].numbers > 0 && TOTAL_LABEL.test(profiles[c].title.trim()),
  );
  if (total !== undefined) roles.totalColumn = total;
  const others = labels
    .filter((c) => c !== roles.category && c !== roles.area && c !== total && profiles[c].numbers > 0)
    .map((c) => `"${profiles[c].title}"`);
  const reasons = [
    `${periods.length} columns are headed by ${reading.words} (${first} to ${last}).`,
    ...roleReasons(header, roles),
    ...(total !== undefined
      ? [
          `"${profiles[total].title}" holds each row's total: it is checked against the row's counts, never added to them.`,
        ]
      : []),
    ...(others.length > 0 ? [`Not counted: ${others.join(", ")} (not headed by a period).`] : []),
    `Kind: ${kind.kind}. ${kind.reason}`,
  ];
  return {
    ...guess("wide", labels.length > 0 ? 0.9 : 0.6, reasons, roles, headerRow, kind.kind),
    ...(reading.unit === "month" ? {} : { periodUnit: reading.unit, yearStart: reading.yearStart }),
  };
}

/** How header cells read as periods, or undefined: text periods, or date serial numbers. */
function headerPeriod(cells: unknown[]) {
  if (cells.some((cell) => cellText(cell) === "")) return undefined;
  return periodReader(cells.map(headerText), "period");
}

/**
 * A header cell as text; a date serial number (a date cell in Excel) as its month, "2017-12"; a compact
 * year and month "202202" (the Metropolitan Police's London Datastore tables head their month columns so)
 * as "2022-02". Read so in headers only: in a column of values six digits are as likely an identifier.
 */
function headerText(cell: unknown): string {
  if (typeof cell === "number" && cell >= FIRST_SERIAL && cell <= LAST_SERIAL) return monthKey(parseMonth(cell));
  const text = cellText(cell);
  const compact = COMPACT_MONTH.exec(text);
  return compact && +compact[1] >= 1900 && +compact[1] <= 2200 ? `${compact[1]}-${compact[2]}` : text;
}

/** A label column's header that names areas. */
const AREA_HEADER = /\b(district|area|ward|borough|local authority|csp|division|lad)\b/i;

/** "202202": four-digit year and two-digit month with nothing between. */
const COMPACT_MONTH = /^(\d{4})(0[1-9]|1[0-2])$/;

function rolesGuess(proposed: ColumnRoles, header: unknown[], body: unknown[][], headerRow: number): LayoutGuess {
  const name = (column: number | undefined): string => (column === undefined ? "" : `"${cellText(header[column])}"`);
  const profiles = profileColumns(header, body);
  const values = valueColumns(profiles, proposed, body);
  if (values) return valuesGuess(values, proposed, header, body, headerRow);
  const roles = proposed;
  const measures =
    roles.count !== undefined
      ? [roles.count]
      : profiles.map((_, c) => c).filter((c) => !Object.values(roles).includes(c));
  const kind = detectKind(profiles, roles, body, measures);
  const tail = [
    ...roleReasons(header, roles),
    ...notCounted(header, body, roles),
    `Kind: ${kind.kind}. ${kind.reason}`,
  ];
  if (roles.month === undefined) {
    return guess(
      "record",
      0.2,
      ["No column reads as periods (months, dates, quarters or years); choose the period column.", ...tail],
      roles,
      headerRow,
      kind.kind,
    );
  }
  const period =
    roles.year !== undefined
      ? `years in ${name(roles.year)} and months in ${name(roles.month)}`
      : `periods in ${name(roles.month)}`;
  if (roles.count !== undefined) {
    const sure = roles.category !== undefined || roles.area !== undefined;
    const one = sure ? "" : `; with no category, one series named "${cellText(header[roles.count]) || "All"}"`;
    return guess(
      "long",
      sure ? 0.85 : 0.6,
      [
        `${capitalised(period)} with counts in ${name(roles.count)}: one row per period${sure ? ", category and area" : one}.`,
        ...tail,
      ],
      roles,
      headerRow,
      kind.kind,
    );
  }
  const sure = roles.category !== undefined && (roles.id !== undefined || roles.area !== undefined);
  return guess(
    "record",
    sure ? 0.8 : 0.5,
    [`${capitalised(period)} and no count column: one row per record, rows are counted.`, ...tail],
    roles,
    headerRow,
    kind.kind,
  );
}
