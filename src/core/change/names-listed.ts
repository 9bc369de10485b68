/**
 * Names joined with commas for a note or a message, the first `most` of them and "and N more", so a
 * note on 300 areas stays one readable line while still saying how many there are.
 *
 * Missing values: no names give "".
 *
 * @param names the names, in the order to list them
 * @param most how many to write out
 * @returns the list in words
 * @throws never
 * @example
 * namesListed(["Bexley", "Cardiff", "Islington"], 2); // => "Bexley, Cardiff and 1 more"
 */
export function namesListed(names: readonly string[], most: number): string {
  return names.length > most ? `${names.slice(0, most).join(", ")} and ${names.length - most} more` : names.join(", ");
}
