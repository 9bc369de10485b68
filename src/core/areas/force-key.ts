/**
 * A police force's name reduced to what police.uk's "Falls within" and ONS's PFA names share:
 * "City of London Police" and "London, City of" both give "city of london"; "Metropolitan Police
 * Service" and "Metropolitan Police" give "metropolitan"; "Devon & Cornwall Police" gives "devon and
 * cornwall". police.uk names forces with "Police", "Constabulary" or "Service"; ONS names the area.
 *
 * Missing values: "" (or anything not text) gives "".
 *
 * @param name a force or police force area name
 * @returns the key to compare
 * @throws never
 * @example
 * forceKey("London, City of") === forceKey("City of London Police"); // => true
 */
export function forceKey(name: unknown): string {
  if (typeof name !== "string") return "";
  const reordered = name.trim().replace(/^(.+),\s*(city|county) of$/i, "$2 of $1");
  return reordered
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/\b(police|constabulary|service|force)\b/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
