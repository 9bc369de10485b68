import { choicesText, type ReadingChoice } from "./remedy";

/**
 * The two kinds of error the core throws. Every wrapper maps them the same way: a custom function turns
 * `InputError` into `#VALUE!` and `NotAvailableError` into `#N/A`, each with the message; the wizard and
 * the command-line tool show the message in plain words. Messages name the cell, row or value at fault
 * and say what was expected, because an analyst has to be able to fix the input from the message alone.
 */

/** The input is malformed: text where a number was expected, an unreadable month, sizes that differ. */
export class InputError extends Error {
  /**
   * @param message what is wrong, where, and what to do (remedies as tokens, src/core/remedy.ts)
   * @param choices when the input could be read more than one way, each reading and the option that chooses it:
   *   they follow the message as "Choose one: ..." with each option as a token the front end renders
   */
  /** The readings to choose from, as data, so the wizard can ask them as a question ([] when none). */
  readonly choices: readonly ReadingChoice[];
  /** The message without its "Choose one: ..." tail: what the question is about. */
  readonly question: string;

  constructor(message: string, choices?: readonly ReadingChoice[]) {
    super(`${message}${choicesText(choices)}`);
    this.name = "InputError";
    this.choices = choices ?? [];
    this.question = message;
  }
}

/** The input is well formed but the answer does not exist: too few points, a month outside the data. */
export class NotAvailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NotAvailableError";
  }
}

/**
 * An option of a recipe or function is outside what it takes (`--years 0`, a start month of 13, rows
 * "by ward"). It is an `InputError` (a custom function still shows `#VALUE!`), singled out so the
 * command-line tool can exit with its bad-arguments code (2) instead of the bad-input code (3).
 */
export class OptionError extends InputError {
  constructor(message: string) {
    super(message);
    this.name = "OptionError";
  }
}
