import type { Comparison } from "./comparison-of";

/**
 * The sentence comparing an area's change with larger areas', as seed 2.1 words it: "This compares to
 * a Kent Force wide increase of 30.0%." With a division first: "This compares to a West Division
 * increase of 44.9% and a Kent Force wide increase of 45.1%." Without the force's name: "a force-wide
 * increase". Each % is the table's printed one.
 *
 * Missing values: a comparison without a % change (from 0) is left out; with none left, "" is returned.
 *
 * @param others the larger areas, each with the words before "increase" ("West Division") or null for
 *   the force, and its comparison
 * @param forceName the force's name ("Kent"), or null
 * @returns the sentence, or "" when there is nothing to compare with
 * @throws never
 * @example
 * comparesToSentence([{ name: null, figures: kent }], "Kent"); // => "This compares to a Kent Force wide increase of 30.0%."
 */
export function comparesToSentence(
  others: { name: string | null; figures: Comparison }[],
  forceName: string | null,
): string {
  const parts = others
    .filter((o) => o.figures.percent !== null)
    .map((o) => {
      const percent = o.figures.percent as number;
      const who = o.name ?? (forceName ? `${forceName} Force wide` : "force-wide");
      const what = percent > 0 ? "increase" : percent < 0 ? "decrease" : "change";
      return `${article(who)} ${who} ${what} of ${Math.abs(percent).toFixed(1)}%`;
    });
  return parts.length === 0 ? "" : `This compares to ${parts.join(" and ")}.`;
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? "an" : "a";
}
