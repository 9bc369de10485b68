import { InputError } from "..";
import { nameKey } from "./name-key";

/**
 * The position of a column in a mapping table's header row, found by any of its accepted names
 * (matched with `nameKey`, so "Crime Type" finds "crime type").
 *
 * Missing values: blank header cells never match.
 *
 * @param header the header row
 * @param names the accepted names, preferred first
 * @param table what the table is, for the message ("The divisions table")
 * @param required when false, a missing column gives -1 instead of an error
 * @returns the column position (0-based), or -1 when absent and not required
 * @throws {InputError} when a required column is absent, naming the names looked for and the header
 * @example
 * findColumn(["District", "Division"], ["division"], "The divisions table"); // => 1
 */
export function findColumn(
  header: readonly unknown[],
  names: readonly string[],
  table: string,
  required = true,
): number {
  const keys = header.map(nameKey);
  for (const name of names) {
    const at = keys.indexOf(nameKey(name));
    if (at >= 0) return at;
  }
  if (!required) return -1;
  const seen = header.map((h) => `"${String(h ?? "")}"`).join(", ");
  throw new InputError(`${table} needs a column headed "${names[0]}" in its first row; the first row has ${seen}.`);
}
