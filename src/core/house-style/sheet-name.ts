/**
 * A worksheet name Excel accepts: the characters [ ] : * ? / \ replaced by spaces, no leading or trailing
 * apostrophe, at most 31 characters, never empty.
 *
 * Missing values: a blank name gives "Table".
 *
 * @param text the wished-for name, such as "Rolling year Maidstone"
 * @returns a valid sheet name
 * @example
 * sheetName("Rate per 1,000: Kent"); // => "Rate per 1,000  Kent"
 */
export function sheetName(text: string): string {
  const clean = text
    .replace(/[[\]:*?/\\]/g, " ")
    .replace(/^'+|'+$/g, "")
    .slice(0, 31)
    .trim();
  return clean === "" ? "Table" : clean;
}
