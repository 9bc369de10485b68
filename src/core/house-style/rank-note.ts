import type { RankChoice } from "../tables";

/**
 * The note that says which way a ranking runs, as the table prints it under the figures.
 *
 * @param rank the choice
 * @param what "rate" for rates, "change" for % changes
 * @returns the note, such as "Ranking: 1 = lowest rate."; "" for no ranking
 * @throws never
 * @example
 * rankNote("lowest", "rate"); // => "Ranking: 1 = lowest rate."
 */
export function rankNote(rank: RankChoice, what: "rate" | "change"): string {
  if (rank === "none") return "";
  if (what === "rate") return `Ranking: 1 = ${rank} rate.`;
  return `Ranking: 1 = the largest ${rank === "lowest" ? "fall (or smallest rise)" : "rise (or smallest fall)"} in %.`;
}
