/**
 * A cell of a partner's table, read: a number (with the footnote marker it carried, such as "10*"), a
 * suppressed count ("*", "-", "..", "x", "c": too few to publish), or not applicable ("n/a", "N/A", a
 * blank: a service not yet open, a category not counted then).
 */
export type PartnerCell =
  | { kind: "number"; value: number; footnote?: string }
  | { kind: "suppressed"; marker: string }
  | { kind: "notApplicable"; marker: string; footnote?: string };

/** Markers publishers use for a count held back to protect people (NDTMS "*", ONS "..", "x", "c", "-"). */
const SUPPRESSED = new Set(["*", "-", "..", "x", "c", "~", "\u2013"]);
/** "n/a", "N/A", "na", "not applicable", with a footnote marker after it ("N/A*", "n/a ¹"). */
const NOT_APPLICABLE = /^(n\/a|na|not applicable)\s*([*†‡¹²³⁴⁵⁶⁷⁸⁹^a-z]*)$/i;
/** A number as printed: "2,610", "1,232", "-5,805", "+ 24", "37.8%", with a footnote marker after it. */
const NUMBER = /^([+-]?)\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*%?\s*([*†‡¹²³⁴⁵⁶⁷⁸⁹]*)$/;

/**
 * Reads a cell of a partner's table without ever turning a held-back or not-applicable cell into 0:
 * a "*" stays suppressed and an "n/a" or blank stays not applicable, so no total, share or change is
 * worked from a number that is not there. Excel passes a blank as "", null or undefined; a blank here is
 * not applicable, because a partner's blank means "no figure" (seed 3.5's Tunbridge Wells after it closed),
 * not a count of 0, which the partner writes as 0.
 *
 * Missing values: as above; a number keeps its footnote marker ("10*" is 10 with footnote "*", seed 5.5).
 *
 * @param value the cell as Excel or a CSV gives it
 * @returns the cell read
 * @throws never: text that is none of these is returned as not applicable with the text as its marker,
 *   for the caller to refuse by name (see `partnerNumber`)
 * @example
 * partnerCell("10*"); // => { kind: "number", value: 10, footnote: "*" }
 * partnerCell("n/a"); // => { kind: "notApplicable", marker: "n/a" }
 */
export function partnerCell(value: unknown): PartnerCell {
  if (typeof value === "number")
    return Number.isFinite(value) ? { kind: "number", value } : { kind: "notApplicable", marker: String(value) };
  const text = value === null || value === undefined ? "" : String(value).trim();
  if (text === "") return { kind: "notApplicable", marker: "" };
  if (SUPPRESSED.has(text)) return { kind: "suppressed", marker: text };
  const na = NOT_APPLICABLE.exec(text);
  if (na)
    return {
      kind: "notApplicable",
      marker: text.slice(0, text.length - na[2].length).trim(),
      ...(na[2] ? { footnote: na[2] } : {}),
    };
  const number = NUMBER.exec(text);
  if (!number) return { kind: "notApplicable", marker: text };
  const magnitude = Number(number[2].replace(/,/g, "") + (number[3] ?? ""));
  const signed = number[1] === "-" ? -magnitude : magnitude;
  return { kind: "number", value: signed, ...(number[4] ? { footnote: number[4] } : {}) };
}
