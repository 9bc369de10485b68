import { LONG_MONTH_NAMES, SHORT_MONTH_NAMES } from "../core/periods";

/**
 * A header's text for a column of the given width: a long month name ("September 2024", "RY ending
 * September") is written short ("Sep 2024") when its longest word would not fit on one line of the cell,
 * so Word never breaks it inside the word ("Septem/ber"). Words are measured conservatively: characters x
 * the font size x 0.62 for bold Arial, plus the cell's side margins.
 *
 * Missing values: a text without a long month name comes back unchanged.
 *
 * @param text the header text
 * @param width the column's width in twips
 * @param fontHalfPoints the header's font size in half-points (18 = 9 pt)
 * @param margins the cell's left plus right margin in twips
 * @returns the text, month names shortened when they do not fit
 * @throws never
 * @example
 * narrowHeaderText("December 2024", 900, 18, 160); // => "Dec 2024"
 * narrowHeaderText("December 2024", 2000, 18, 160); // => "December 2024"
 */
export function narrowHeaderText(text: string, width: number, fontHalfPoints: number, margins: number): string {
  const charTwips = (fontHalfPoints / 2) * 20 * 0.62;
  const room = width - margins;
  const longest = Math.max(0, ...text.split(/\s+/).map((w) => w.length));
  if (longest * charTwips <= room) return text;
  return LONG_MONTH_NAMES.reduce(
    (t, name, i) => t.replace(new RegExp(`\\b${name}\\b`, "g"), SHORT_MONTH_NAMES[i]),
    text,
  );
}
