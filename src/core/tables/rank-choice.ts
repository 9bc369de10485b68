import { OptionError } from "..";
import { optionRef } from "..";

/** Which end of a ranking is 1: the lowest value (the seed's rates and changes), the highest, or no ranking. */
export type RankChoice = "lowest" | "highest" | "none";

const CHOICES: readonly RankChoice[] = ["lowest", "highest", "none"];

/**
 * Reads the analyst's ranking choice: "lowest" (1 = the lowest rate or largest fall, as the seed's 2.5 and
 * 4.1 rank), "highest" (1 = the highest), or "none" (no ranking column, as the seed's 3.2 prints). Also
 * "off" and "no" for none, in any case.
 *
 * Missing values: null, undefined or "" is no choice (undefined), so the recipe keeps its default.
 *
 * @param text the choice as typed
 * @returns the choice, or undefined when none was given
 * @throws {OptionError} for any other word, naming the three
 * @example
 * rankChoice("none"); // => "none"
 */
export function rankChoice(text: string | null | undefined): RankChoice | undefined {
  const word = (text ?? "").trim().toLowerCase();
  if (word === "") return undefined;
  if (word === "off" || word === "no") return "none";
  const found = CHOICES.find((c) => c === word);
  if (!found)
    throw new OptionError(
      `${optionRef("rank")} must be lowest (1 = lowest), highest (1 = highest) or none, not "${text}".`,
    );
  return found;
}
