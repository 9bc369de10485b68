import { countWords } from "../change";
import { roundHalfAway } from "../change";
import type { Comparison } from "./comparison-of";

/** How many rows each sentence names, before ties at the last place. */
const SHOWN = 3;

/**
 * The sentences naming the rows with the highest and the lowest latest counts, each with its change from
 * the period before, as the seed's 3.2 commentary does ("The wards with the lowest levels of violent crime
 * were Loose with 18 incidents (down 18%), Barming with 23 (up 44%) and Detling & Thurnham and Downswood &
 * Otham both had 28"). Rows tied with the last one named are named too, so no row with the same count is
 * left out; a table of six rows or fewer gets no sentence (the highest and lowest would overlap).
 *
 * Missing values: rows without a comparison (N/A counts) are not passed in; a change from 0 has no %.
 *
 * @param items the comparable rows (the force's own areas), in table order
 * @param noun what is counted, plural ("admissions", "incidents")
 * @returns zero or two sentences
 * @throws never
 * @example
 * highestAndLowest(wards, "violent crimes")[1]; // => "The lowest numbers of violent crimes were in Loose (18, down 18.2% from 22), ..."
 */
export function highestAndLowest(items: readonly Comparison[], noun: string): string[] {
  if (items.length <= 2 * SHOWN) return [];
  // Stable sorts: rows tied on their count stay in table order.
  const highest = withTies([...items].sort((a, b) => b.current - a.current));
  const lowest = withTies([...items].sort((a, b) => a.current - b.current));
  return [
    `The highest numbers of ${noun} were in ${listed(highest)}.`,
    `The lowest numbers of ${noun} were in ${listed(lowest)}.`,
  ];
}

function withTies(sorted: Comparison[]): Comparison[] {
  const last = sorted[SHOWN - 1].current;
  return sorted.filter((c, i) => i < SHOWN || c.current === last);
}

function listed(items: Comparison[]): string {
  const parts = items.map((c) => `${c.label} (${countWords(c.current)}, ${changeWords(c)})`);
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

function changeWords(c: Comparison): string {
  const from = `from ${countWords(c.previous)}`;
  if (c.change === 0) return `the same as the ${countWords(c.previous)} before`;
  if (c.ratio === null) return `${c.change > 0 ? "up" : "down"} ${from}`;
  const percent = roundHalfAway(Math.abs(c.ratio) * 100, 1).toFixed(1);
  return `${c.change > 0 ? "up" : "down"} ${percent}% ${from}`;
}
