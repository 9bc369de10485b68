/**
 * A phrase with its first letter made a capital, to open a sentence or a title ("searches by type" ->
 * "Searches by type"). Only the first character changes, so names inside keep their own case.
 *
 * Missing values: an empty text stays empty.
 *
 * @param text the phrase
 * @returns the phrase, capitalised
 * @throws never
 * @example
 * capitalised("anti-social behaviour incidents"); // => "Anti-social behaviour incidents"
 */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
