import { optionRef } from "..";
import { InputError } from "..";
import { nameKey } from "../tables";

/**
 * The survey's answers in the order the analyst gives them ("Very worried, Somewhat worried, Not very
 * worried, Not worried at all", the question's own order, seed 2.4), matched to the answers given by name
 * whatever their case, spacing or "&"/"and". Without an order, the answers are in the order first met,
 * which depends on who answered first: fine to look at, but no basis for a combined share.
 *
 * Every answer given must be in the order (or the analyst's exclusions, left out before this): an answer
 * left out of the order would be counted in the shares' base but shown nowhere, so the order is refused,
 * naming it. An answer in the order that nobody gave is kept (0 respondents, as Barming's "Very worried").
 *
 * Missing values: blank names in the order are ignored.
 *
 * @param seen the answers given, in the order first met
 * @param order the analyst's order, or null for the order first met
 * @returns the answers in table order, written as the order writes them
 * @throws {InputError} when an answer given is not in the order, or the order names one answer twice
 * @example
 * answerOrder(["Not very worried", "Very worried"], ["Very worried", "Not very worried"]); // => ["Very worried", "Not very worried"]
 */
export function answerOrder(seen: readonly string[], order: readonly string[] | null | undefined): string[] {
  if (!order) return [...seen];
  const chosen = order.map((a) => a.trim()).filter((a) => a !== "");
  const keys = chosen.map(nameKey);
  const twice = chosen.find((_, i) => keys.indexOf(keys[i]) !== i);
  if (twice !== undefined) throw new InputError(`The answer order names "${twice}" twice.`);
  const missing = seen.filter((a) => !keys.includes(nameKey(a)));
  if (missing.length > 0) {
    throw new InputError(
      `The survey answers include ${missing.map((a) => `"${a}"`).join(", ")}, which the answer order (${optionRef("answerOrder")}) does not list: add ${missing.length === 1 ? "it" : "them"} to the order, or leave ${missing.length === 1 ? "it" : "them"} out of the shares with ${optionRef("exclude")}.`,
    );
  }
  return chosen;
}
