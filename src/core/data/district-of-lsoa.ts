/**
 * The district of an LSOA name: the name without its LSOA code, "Maidstone 014C" -> "Maidstone".
 *
 * police.uk gives each crime's Lower layer Super Output Area by name, which is the local authority
 * district followed by a three-digit number and a letter. The district is what a Community Safety
 * Partnership reports by. A name without such a code (already a district, or another form of area
 * name) is returned trimmed but otherwise unchanged.
 *
 * Missing values: "" (no LSOA, a "No Location" row) gives "" - the caller decides the area
 * ("Unknown area").
 *
 * @param lsoaName the LSOA name, such as "Blaenau Gwent 003A"
 * @returns the district, such as "Blaenau Gwent"
 * @throws never
 * @example
 * districtOfLsoa("Maidstone 014C"); // => "Maidstone"
 * districtOfLsoa("Folkestone and Hythe 011A"); // => "Folkestone and Hythe"
 */
export function districtOfLsoa(lsoaName: string): string {
  return lsoaName.trim().replace(/\s+\d{3}[A-Z]$/, "");
}
