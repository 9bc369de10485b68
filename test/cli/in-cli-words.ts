/**
 * Core's messages and notes carry remedies as tokens; these helpers let a test of core read them as
 * the command line prints them (an option as its flag), as the tests written before the tokens did.
 */
import { cliText } from "../../src/cli/option-flag";

/** Runs `make`, rethrowing its error (same class) with the message in the command line's words. */
export function inCliWords<T>(make: () => T): T {
  try {
    return make();
  } catch (error) {
    if (error instanceof Error) error.message = cliText(error.message);
    throw error;
  }
}

/** Texts (notes, reasons) in the command line's words. */
export function cliTexts(texts: readonly string[] | undefined): string[] {
  return (texts ?? []).map(cliText);
}
