/**
 * The two kinds of error the core throws. Every wrapper maps them the same way: a custom function turns
 * `InputError` into `#VALUE!` and `NotAvailableError` into `#N/A`, each with the message; the wizard and
 * the command-line tool show the message in plain words. Messages name the cell, row or value at fault
 * and say what was expected, because an analyst has to be able to fix the input from the message alone.
 */

/**
 * One way to settle an input that could be read two ways: the reading in words and the option that
 * chooses it (a `buildDataset` option and its value), so each front end names its own flag or field.
 */
export interface Remedy {
  reading: string;
  option: "columnsHold" | "count" | "category" | "area" | "layout" | "populationArea" | "populationCount" | "populationColumn";
  value: string;
}

/** The input is malformed: text where a number was expected, an unreadable month, sizes that differ. */
export class InputError extends Error {
  /** The readings that would settle it, when the input could be read more than one way. */
  remedies?: Remedy[];
  constructor(message: string, remedies?: Remedy[]) {
    super(message);
    this.name = "InputError";
    if (remedies) this.remedies = remedies;
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
