import { districtOfLsoa } from "./district-of-lsoa";
import type { ColumnRoles } from "../detect";

/**
 * The area a record is counted in, from the text of its area cell: for an LSOA name, its district
 * ("Maidstone 014C" -> "Maidstone"), or the LSOA itself when LSOAs are kept for ward tables; any other
 * area as it stands. Both readers (CSV records and worksheet rows) name areas here.
 *
 * Missing values: "" is a record without a location (the record sink counts it in "Unknown area");
 * R's write.csv writes a blank as "NA", and no LSOA is named "NA", so in an LSOA column it is "" too.
 *
 * @param text the area cell's text, trimmed
 * @param roles the column roles (`areaIsLsoa`)
 * @param keepLsoas true when each LSOA is kept as its own area
 * @returns the area name
 * @throws never
 * @example
 * areaName("Maidstone 014C", { areaIsLsoa: true }, false); // => "Maidstone"
 */
export function areaName(text: string, roles: Pick<ColumnRoles, "areaIsLsoa">, keepLsoas: boolean | undefined): string {
  if (!roles.areaIsLsoa) return text;
  const lsoa = text === "NA" ? "" : text;
  return keepLsoas ? lsoa : districtOfLsoa(lsoa);
}
