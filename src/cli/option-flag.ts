import { renderRemedies, type Remedy } from "../core";

/**
 * The command-line flag of an option: its name in kebab case (endMonth -> --end-month), so a recipe's
 * declaration gives its flag and core never spells one.
 *
 * @param name the option's name, camelCase
 * @returns the flag
 * @example
 * optionFlag("populationColumns"); // => "--population-columns"
 */
export function optionFlag(name: string): string {
  return `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** A remedy in the command line's words: an option as its flag, a column by its heading in quotes. */
export function remedyWords(remedy: Remedy): string {
  return "option" in remedy ? optionFlag(remedy.option) : `"${remedy.column}"`;
}

/**
 * A message or note of core in the command line's words: each remedy token rendered as its flag.
 *
 * @param text the message or note
 * @returns the text as satk prints it
 * @example
 * cliText("choose them with {option:areas}."); // => "choose them with --areas."
 */
export function cliText(text: string): string {
  return renderRemedies(text, remedyWords);
}

/**
 * Why a standard table was left out, in the command line's words.
 *
 * @param skipped the recipe left out, with its reason and, when it lacks an option, that option
 * @returns the reason, such as "needs a population table (--population on the command line)"
 * @example
 * skippedReason({ id: "rate", reason: "needs a population table", remedy: { option: "population" } });
 */
export function skippedReason(skipped: { reason: string; remedy?: Remedy }): string {
  const reason = cliText(skipped.reason);
  return skipped.remedy ? `${reason} (${remedyWords(skipped.remedy)} on the command line)` : reason;
}
