import type { RuleInput } from "../../../../src/core/spc/types";

/** A rule input with one group's limits: centre line `centre`, one sigma `sigma`, limits at 3 sigma. */
export function flatInput(values: number[], centre = 0, sigma = 1): RuleInput {
  return {
    values,
    limits: { centreLine: centre, lowerLimit: centre - 3 * sigma, upperLimit: centre + 3 * sigma, sigma },
    start: 0,
    end: values.length,
  };
}

/** Runs a rule on a fresh marks array and returns the marks as a plain array. */
export function marksOf(input: RuleInput, rule: (input: RuleInput, marks: Int8Array) => void): number[] {
  const marks = new Int8Array(input.values.length);
  rule(input, marks);
  return Array.from(marks);
}
