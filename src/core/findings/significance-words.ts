import { levelWords } from "../significance";
import { poissonChangeTest } from "../significance";

/** Whether a change is statistically significant, and the words for it. */
export interface SignificanceReading {
  significant: boolean;
  pValue: number;
  /** "This is a statistically significant rise at the 5% level (p < 0.001)." or "This change is within
   * normal variation: it is not statistically significant at the 5% level (p = 0.402)." */
  sentence: string;
}

/**
 * The significance of a change between two equal periods in the words of a finding, from the exact
 * conditional test for two Poisson counts (`poissonChangeTest`, as R's poisson.test): "a statistically
 * significant rise" (or fall) when the two-sided p-value is below the level, "within normal variation"
 * otherwise. The p-value is given to three decimals, or as "p < 0.001".
 *
 * Missing values: none; both counts are whole numbers of 0 or more (0 against 0 is within normal variation).
 *
 * @param current the later period's count
 * @param previous the earlier period's count
 * @param level the significance level, such as 0.05
 * @returns whether it is significant, the p-value and the sentence
 * @throws {InputError} when a count is not a whole number from 0 to a billion or the level is not between 0 and 1
 * @example
 * significanceWords(13594, 10271, 0.05).sentence; // => "This is a statistically significant rise at the 5% level (p < 0.001)."
 */
export function significanceWords(current: number, previous: number, level: number): SignificanceReading {
  const words = levelWords(level);
  const pValue = poissonChangeTest(current, previous);
  const p = pValue < 0.001 ? "p < 0.001" : `p = ${pValue.toFixed(3)}`;
  const significant = pValue < level;
  const sentence = significant
    ? `This is a statistically significant ${current > previous ? "rise" : "fall"} at the ${words} level (${p}).`
    : `This change is within normal variation: it is not statistically significant at the ${words} level (${p}).`;
  return { significant, pValue, sentence };
}
