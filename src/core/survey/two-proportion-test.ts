import { InputError } from "..";
import { normalCdf } from "./normal-cdf";

/** The outcome of a two-proportion test. */
export interface TwoProportionTest {
  /** p1 - p2. */
  difference: number;
  /** The test statistic, (p1 - p2) / standard error. */
  z: number;
  /** The two-sided p-value: the chance of a difference at least this large if the groups were alike. */
  pValue: number;
  /** True when the p-value is below the significance level. */
  significant: boolean;
}

/**
 * The two-proportion z-test of whether two survey groups differ (seed Appendix 5: "male respondents
 * ... significantly greater than women by 17.5%"). Uses the pooled proportion
 * p = (p1 n1 + p2 n2) / (n1 + n2) for the standard error sqrt(p(1-p)(1/n1 + 1/n2)), z = (p1 - p2) / se,
 * and the two-sided p-value 2 x Phi(-|z|). When both groups answered all yes or all no there is no
 * variation: equal proportions give p = 1.
 *
 * Missing values: NaN or blank inputs are errors.
 *
 * @param p1 the first group's proportion, 0 to 1
 * @param n1 the first group's number of responses, more than 0
 * @param p2 the second group's proportion, 0 to 1
 * @param n2 the second group's number of responses, more than 0
 * @param alpha the significance level (default 0.05, i.e. 95% confidence)
 * @returns the difference, z, the two-sided p-value and whether it is significant
 * @throws {InputError} when a proportion is outside 0-1, a size is not more than 0, or alpha outside 0-1
 * @example
 * twoProportionTest(0.6, 200, 0.5, 200).pValue; // => 0.0444
 */
export function twoProportionTest(p1: number, n1: number, p2: number, n2: number, alpha = 0.05): TwoProportionTest {
  const groups: [string, number, number][] = [
    ["first", p1, n1],
    ["second", p2, n2],
  ];
  for (const [name, p, n] of groups) {
    if (!(p >= 0 && p <= 1))
      throw new InputError(`The ${name} proportion must be between 0 and 1 (50% is 0.5), not ${String(p)}.`);
    if (!(n > 0 && Number.isFinite(n)))
      throw new InputError(`The ${name} group's number of responses must be more than 0, not ${String(n)}.`);
  }
  if (!(alpha > 0 && alpha < 1))
    throw new InputError(`The significance level must be between 0 and 1, such as 0.05, not ${String(alpha)}.`);
  const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  const difference = p1 - p2;
  const z = se === 0 ? 0 : difference / se;
  const pValue = Math.min(1, 2 * normalCdf(-Math.abs(z)));
  return { difference, z, pValue, significant: pValue < alpha };
}
