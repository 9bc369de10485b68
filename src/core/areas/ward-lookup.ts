import { InputError } from "..";
import { cellText } from "../cells";

/** Where one LSOA lies: its best-fit electoral ward and that ward's district. */
export interface WardOfLsoa {
  wardCode: string;
  ward: string;
  districtCode: string;
  district: string;
}

/** ONS's LSOA -> ward -> district best-fit lookup of one edition, by LSOA code. */
export interface WardLookup {
  /** The edition in words, such as "2021 LSOAs to December 2024 wards", for notes. */
  edition: string;
  byLsoa: ReadonlyMap<string, WardOfLsoa>;
}

/** Header names of each column: ONS's own (LSOA11CD, WD21NM, LAD21CD ...) or geographr's (lsoa21_code ...). */
const COLUMNS = {
  lsoa: [/^lsoa\d\dcd$/, /^lsoa\d\d_code$/],
  wardCode: [/^wd\d\dcd$/, /^ward\d\d_code$/],
  ward: [/^wd\d\dnm$/, /^ward\d\d_name$/],
  districtCode: [/^lad\d\dcd$/, /^ltla\d\d_code$/],
  district: [/^lad\d\dnm$/, /^ltla\d\d_name$/],
};

/**
 * Reads one of ONS's LSOA to electoral ward to district best-fit lookups (header row first): the 2011
 * LSOA to December 2021 ward edition (LSOA11CD, LSOA11NM, WD21CD, WD21NM, LAD21CD, LAD21NM) or the 2021
 * LSOA to 2024 ward edition (ONS's LSOA21CD ... or humaniverse/geographr's lsoa21_code, ward24_name,
 * ltla24_code ...). Ward tables (seed 3.2) count police.uk records by the ward their LSOA code falls in.
 *
 * Missing values: wholly blank rows are skipped; a row without an LSOA code is skipped too (ONS files
 * have none, a hand-edited copy might).
 *
 * @param matrix the lookup's cells, header row first
 * @param edition the edition in words, for notes
 * @returns the lookup by LSOA code
 * @throws {InputError} when a column is missing, naming the header
 * @example
 * parseWardLookup([["LSOA11CD","LSOA11NM","WD21CD","WD21NM","LAD21CD","LAD21NM"], ["E01024396","Maidstone 010E","E05005003","Shepway North","E07000110","Maidstone"]], "2011 LSOAs").byLsoa.get("E01024396")?.ward; // => "Shepway North"
 */
export function parseWardLookup(matrix: readonly (readonly unknown[])[], edition: string): WardLookup {
  if (matrix.length < 2)
    throw new InputError(`The LSOA to ward lookup (${edition}) needs a header row and one row per LSOA.`);
  const header = matrix[0].map((h) =>
    cellText(h)
      .replace(/^\uFEFF/, "")
      .toLowerCase(),
  );
  const col = (name: keyof typeof COLUMNS): number => {
    const at = header.findIndex((h) => COLUMNS[name].some((re) => re.test(h)));
    if (at < 0)
      throw new InputError(
        `The LSOA to ward lookup (${edition}) has no ${name} column; its header is ${header.join(", ")}.`,
      );
    return at;
  };
  const at = {
    lsoa: col("lsoa"),
    wardCode: col("wardCode"),
    ward: col("ward"),
    districtCode: col("districtCode"),
    district: col("district"),
  };
  const byLsoa = new Map<string, WardOfLsoa>();
  for (let r = 1; r < matrix.length; r++) {
    const row = matrix[r];
    const lsoa = cellText(row[at.lsoa]);
    if (lsoa === "") continue;
    byLsoa.set(lsoa, {
      wardCode: cellText(row[at.wardCode]),
      ward: cellText(row[at.ward]),
      districtCode: cellText(row[at.districtCode]),
      district: cellText(row[at.district]),
    });
  }
  return { edition, byLsoa };
}
