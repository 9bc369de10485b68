import { InputError } from "..";
import { cellText } from "../cells";

/** One row of ONS's local authority district -> Community Safety Partnership -> Police Force Area lookup. */
export interface AreaLookupRow {
  districtCode: string;
  district: string;
  cspCode: string;
  csp: string;
  forceCode: string;
  force: string;
}

/** The parsed lookup, and the line naming where it came from (for notes under tables). */
export interface AreaLookup {
  rows: readonly AreaLookupRow[];
  source: string;
}

const TABLE = "The area lookup";
/** The ONS licence line every table using the lookup carries. */
export const ONS_LICENCE = "Source: Office for National Statistics licensed under the Open Government Licence v3.0";

/**
 * Reads ONS's "LAD to CSP to PFA" lookup for England and Wales (header row first): columns LADyyCD,
 * LADyyNM, CSPyyCD, CSPyyNM, PFAyyCD, PFAyyNM of any edition year (LAD24CD ... in the December 2024
 * edition bundled in assets/lookups). One row per district and CSP: a district whose CSPs follow the
 * districts it was merged from (Buckinghamshire, Cumberland ...) has one row per CSP.
 *
 * Taking the lookup as data (not reading a file) keeps the core free of Node: the command-line tool
 * reads it from assets/lookups, the task pane fetches it from the add-in's own origin.
 *
 * Missing values: wholly blank rows are skipped; a row with a blank district, CSP or force name is an
 * error naming the row.
 *
 * @param matrix the lookup's cells, header row first
 * @param source where it came from, for notes (default: the ONS December 2024 edition)
 * @returns the lookup rows
 * @throws {InputError} naming the column or row when a column is missing or a name blank
 * @example
 * parseAreaLookup([["LAD24CD","LAD24NM","CSP24CD","CSP24NM","PFA24CD","PFA24NM"], ["E07000110","Maidstone","E22000142","Maidstone","E23000032","Kent"]]).rows[0].force; // => "Kent"
 */
export function parseAreaLookup(
  matrix: readonly (readonly unknown[])[],
  source = `ONS LAD to CSP to PFA lookup (December 2024). ${ONS_LICENCE}.`,
): AreaLookup {
  if (matrix.length < 2) throw new InputError(`${TABLE} needs a header row and one row per district.`);
  const header = matrix[0].map((h) =>
    cellText(h)
      .replace(/^\uFEFF/, "")
      .toUpperCase(),
  );
  const col = (prefix: string, suffix: "CD" | "NM"): number => {
    const at = header.findIndex((h) => new RegExp(`^${prefix}\\d{2}${suffix}$`).test(h));
    if (at < 0)
      throw new InputError(
        `${TABLE} needs a column ${prefix}..${suffix} (such as ${prefix}24${suffix}); its header is ${header.join(", ")}.`,
      );
    return at;
  };
  const at = {
    dc: col("LAD", "CD"),
    dn: col("LAD", "NM"),
    cc: col("CSP", "CD"),
    cn: col("CSP", "NM"),
    fc: col("PFA", "CD"),
    fn: col("PFA", "NM"),
  };
  const rows: AreaLookupRow[] = [];
  for (let r = 1; r < matrix.length; r++) {
    const cells = matrix[r].map(cellText);
    if (cells.every((c) => c === "")) continue;
    const row = {
      districtCode: cells[at.dc] ?? "",
      district: cells[at.dn] ?? "",
      cspCode: cells[at.cc] ?? "",
      csp: cells[at.cn] ?? "",
      forceCode: cells[at.fc] ?? "",
      force: cells[at.fn] ?? "",
    };
    if (row.district === "" || row.csp === "" || row.force === "")
      throw new InputError(`${TABLE}, row ${r + 1}: the district, CSP or force name is blank.`);
    rows.push(row);
  }
  return { rows, source };
}
