import { optionRef } from "..";
import { InputError } from "..";
import { nameKey } from "../tables";

/**
 * The answers a combined share adds up, as the analyst chooses them ("Very worried" + "Somewhat worried",
 * seed 2.4's "Very worried or somewhat worried"), checked against the table's answers and written as the
 * table writes them. A combined share is only ever of answers named by the analyst: two answers picked by
 * their place would add whichever answers happened to be met first.
 *
 * Missing values: blank names are ignored; an empty or absent choice means no combined column.
 *
 * @param answers the table's answers, in order
 * @param combine the answers to add up, as typed
 * @returns the chosen answers in the table's spelling and order ([] for none)
 * @throws {InputError} naming an answer that is not one of the table's, or a choice of just one answer
 * @example
 * combinedAnswers(["Very worried", "Somewhat worried", "Not very worried"], ["somewhat worried", "Very worried"]);
 * // => ["Very worried", "Somewhat worried"]
 */
export function combinedAnswers(answers: readonly string[], combine: readonly string[] | null | undefined): string[] {
  const chosen = (combine ?? []).map((a) => a.trim()).filter((a) => a !== "");
  if (chosen.length === 0) return [];
  const keys = new Set(chosen.map(nameKey));
  const unknown = chosen.filter((a) => !answers.some((b) => nameKey(b) === nameKey(a)));
  if (unknown.length > 0) {
    throw new InputError(
      `The combined answers (${optionRef("combine")}) name ${unknown.map((a) => `"${a}"`).join(", ")}, which ${unknown.length === 1 ? "is not an answer" : "are not answers"} of the table; its answers are ${answers.map((a) => `"${a}"`).join(", ")}.`,
    );
  }
  if (keys.size < 2)
    throw new InputError(`A combined share adds two or more answers; ${optionRef("combine")} names one.`);
  return answers.filter((a) => keys.has(nameKey(a)));
}
