import { InputError } from "..";

/**
 * A significance level in the words a report uses: 0.05 is "5%", 0.01 "1%", 0.001 "0.1%".
 *
 * Missing values: none; the level must be a number between 0 and 1.
 *
 * @param level the significance level, 0 < level < 1
 * @returns the level as a percentage, without trailing zeros
 * @throws {InputError} when the level is not between 0 and 1
 * @example
 * levelWords(0.05); // => "5%"
 */
export function levelWords(level: number): string {
  if (!(level > 0 && level < 1))
    throw new InputError(`The significance level must be between 0 and 1, such as 0.05, not ${String(level)}.`);
  return `${Number((level * 100).toPrecision(6))}%`;
}
