/**
 * A heading as it reads inside a sentence: its first letter made small unless the first word is an
 * abbreviation ("Recorded VATP crimes" -> "recorded VATP crimes", "MARAC cases" stays). Only the first
 * character changes, so names inside keep their own case.
 *
 * Missing values: an empty text stays empty.
 *
 * @param text the heading
 * @returns the heading for the middle of a sentence
 * @throws never
 * @example
 * inSentence("Recorded VATP crimes"); // => "recorded VATP crimes"
 */
export function inSentence(text: string): string {
  const first = text.split(/\s/)[0] ?? "";
  if (first.length > 1 && first === first.toUpperCase()) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
