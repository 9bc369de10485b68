import type { Comparison } from "./comparison-of";

/**
 * How a count moved, as the seed's commentary says it: "rose by 32.4%", "fell by 5.0%", "changed by
 * less than 0.1%" (a change that rounds to 0.0%: never "rose by 0.0%"), "rose" (from none, where no %
 * exists), or null when it did not move, so the caller can say "unchanged" in its own grammar. Every
 * headline (rolling years, financial years) words its change here.
 *
 * Missing values: none; the comparison holds both counts.
 *
 * @param figures the comparison, with its % change rounded as printed (null from 0)
 * @returns the phrase, or null for no change
 * @throws never
 * @example
 * changePhrase({ label: "", previous: 10271, current: 13594, change: 3323, ratio: 0.3235, percent: 32.4 }); // => "rose by 32.4%"
 */
export function changePhrase(figures: Pick<Comparison, "change" | "percent">): string | null {
  if (figures.change === 0) return null;
  if (figures.percent === null) return figures.change > 0 ? "rose" : "fell";
  if (figures.percent === 0) return "changed by less than 0.1%";
  return `${figures.percent > 0 ? "rose" : "fell"} by ${Math.abs(figures.percent).toFixed(1)}%`;
}
