/**
 * The key two names are matched on: lower case, "&" read as "and", runs of spaces and hyphens as one
 * space, trimmed. Analysts write "Tonbridge & Malling" where the census writes "Tonbridge and Malling",
 * and "Violent Crime" where a grouping table says "Violent crime"; these must be the same area or group.
 *
 * Missing values: null, undefined and "" give "".
 *
 * @param name a name as typed in a table or option
 * @returns the matching key
 * @example
 * nameKey("Tonbridge & Malling"); // => "tonbridge and malling"
 */
export function nameKey(name: unknown): string {
  if (name === null || name === undefined) return "";
  return String(name)
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[\s\u2013\u2014-]+/g, " ")
    .trim();
}
