import type { Comparison } from "./comparison-of";
import { ordinal } from "./ordinal";

/**
 * Where an area's % change stands among the force's areas, in words: "Maidstone had the 5th lowest
 * increase of the 13 areas." (seed 3.1's register). When every area rose it counts from the lower or
 * the higher end, whichever is nearer; when every area fell, from the largest or smallest fall; when
 * some rose and some fell, from the largest fall. Ties share a place ("joint 5th"). Ranked on the
 * unrounded change, as the period-comparison table ranks.
 *
 * Missing values: areas without a % change (an earlier count of 0) are left out of the ranking; an area
 * of interest without one gets no sentence ("").
 *
 * @param place the words for the area ("Maidstone", "The borough")
 * @param focus the area's comparison
 * @param areas every ranked area's comparison, the area's own included
 * @returns the sentence, or "" when it cannot be ranked or is the only area
 * @throws never
 * @example
 * rankSentence("Maidstone", maidstone, districts); // => "Maidstone had the 5th lowest increase of the 13 areas."
 */
export function rankSentence(place: string, focus: Comparison, areas: readonly Comparison[]): string {
  const ratios = areas.map((a) => a.ratio).filter((r): r is number => r !== null);
  const r = focus.ratio;
  if (r === null || ratios.length < 2) return "";
  const fromLow = ratios.filter((x) => x < r).length + 1;
  const fromHigh = ratios.filter((x) => x > r).length + 1;
  const joint = ratios.filter((x) => x === r).length > 1 ? "joint " : "";
  const of = `of the ${ratios.length} areas`;
  const place1 = (n: number, word: string) => `${joint}${n === 1 ? "" : `${ordinal(n)} `}${word}`;
  if (ratios.every((x) => x > 0)) {
    const words = fromLow <= fromHigh ? place1(fromLow, "lowest") : place1(fromHigh, "highest");
    return `${place} had the ${words} increase ${of}.`;
  }
  if (ratios.every((x) => x < 0)) {
    const words = fromLow <= fromHigh ? place1(fromLow, "largest") : place1(fromHigh, "smallest");
    return `${place} had the ${words} fall ${of}.`;
  }
  return `Ranked by % change from the largest fall to the largest rise, ${place} is ${joint}${ordinal(fromLow)} ${of}.`;
}
