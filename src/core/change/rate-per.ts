import { InputError } from "..";

/**
 * A rate per head of population: count / population x per, per 1,000 by default, as the seed's county
 * table (section 2.5) gives "rate per 1,000 pop.". The rate is not rounded, so rankings and totals use
 * the exact value; tables round it when they show it.
 *
 * Missing values: a population of 0 has no rate and gives `null` (Excel's #DIV/0!); NaN, infinite or
 * negative counts and populations are errors.
 *
 * @param count the number of offences (or anything counted)
 * @param population the population the count comes from
 * @param per the base of the rate, such as 1000 or 100000 (default 1000)
 * @returns the rate, or null when the population is 0
 * @throws {InputError} when a value is not a finite number, is negative, or `per` is not more than 0
 *   (in the words CSP.RATEPER shows, as it leaves this check to here)
 * @example
 * ratePer(9332, 137000);        // => 68.1...
 * ratePer(5, 20000, 100000);    // => 25
 */
export function ratePer(count: number, population: number, per = 1000): number | null {
  const named: [string, number][] = [
    ["count", count],
    ["population", population],
  ];
  for (const [name, value] of named) {
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      throw new InputError(`The ${name} must be a number 0 or more, not ${String(value)}.`);
    }
  }
  if (typeof per !== "number" || !Number.isFinite(per) || per <= 0) {
    throw new InputError(`per must be more than 0, such as 1000 or 100000, not ${String(per)}.`);
  }
  return population === 0 ? null : (count / population) * per;
}
