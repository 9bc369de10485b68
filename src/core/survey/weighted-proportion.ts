import { InputError } from "..";

/** A weighted proportion with the figures needed to judge it. */
export interface WeightedProportion {
  /** Sum of weights of the responses that say yes, over the sum of all weights. */
  proportion: number;
  /** The sum of the weights of the responses counted. */
  weightTotal: number;
  /** Kish's effective sample size, (sum w)^2 / sum w^2: the n to use in a margin of error. */
  effectiveSize: number;
}

/**
 * The proportion of responses saying yes when each response carries a survey weight, as the seed's
 * survey was weighted to the population profile (Appendix 5): sum(w x y) / sum(w). Weighting makes a
 * sample less informative than its raw size, so Kish's effective sample size is returned with it for
 * the margin of error.
 *
 * Missing values: a response that is `null` or NaN (a question not answered) is left out with its
 * weight; a weight that is not a finite number 0 or more is an error naming its row (1-based).
 *
 * @param responses 1 (or true) for yes, 0 (or false) for no, or a fraction of yes between 0 and 1
 * @param weights the weight of each response, in the same order
 * @returns the weighted proportion, the total weight and the effective sample size
 * @throws {InputError} when the lists differ in size, a response is outside 0-1, a weight is bad, or all weights are 0
 * @example
 * weightedProportion([1, 0, 1], [2, 1, 1]); // => { proportion: 0.75, weightTotal: 4, effectiveSize: 2.667 }
 */
export function weightedProportion(
  responses: readonly (number | boolean | null)[],
  weights: readonly number[],
): WeightedProportion {
  if (responses.length !== weights.length) {
    throw new InputError(
      `The responses and weights differ in size: ${responses.length} responses but ${weights.length} weights.`,
    );
  }
  let total = 0,
    yes = 0,
    squares = 0;
  responses.forEach((response, i) => {
    if (response === null || Number.isNaN(response)) return;
    const y = Number(response);
    const w = weights[i];
    if (!(y >= 0 && y <= 1))
      throw new InputError(`Response ${i + 1} is ${String(response)}: expected 1 for yes or 0 for no.`);
    if (!(w >= 0 && Number.isFinite(w)))
      throw new InputError(`Weight ${i + 1} is ${String(w)}: expected a number 0 or more.`);
    total += w;
    yes += w * y;
    squares += w * w;
  });
  if (total === 0)
    throw new InputError("There are no weighted responses: every weight is 0 or every response is blank.");
  return { proportion: yes / total, weightTotal: total, effectiveSize: (total * total) / squares };
}
