import { marginOfError } from "../core/survey";
import { twoProportionTest } from "../core/survey";
import { guard } from "./excel-error";
import { optionalChoice, optionalNumber, requireNumber } from "./coerce";

/**
 * The margin of error of a survey proportion, as a proportion: 0.020 means +/-2.0%. 2,350 responses at
 * p = 0.5 give 0.020 at 95% confidence. "WILSON" gives the Wilson interval's half-width, better for small groups.
 * @customfunction MOE
 * @param proportion The proportion answering yes, 0 to 1 (50% is 0.5; use 0.5 for the widest margin).
 * @param n The number of responses (an effective sample size may have a fraction).
 * @param [confidence] The confidence level, between 0 and 1 (default 0.95).
 * @param [method] "NORMAL" (the default, the usual survey margin) or "WILSON".
 * @returns The margin of error as a proportion.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- not number: Excel makes a blank 0 for those (coerce.ts)
export function moe(proportion: any, n: any, confidence?: any, method?: string): number {
  return guard(() =>
    marginOfError(
      requireNumber(proportion, "proportion"),
      requireNumber(n, "n"),
      optionalNumber(confidence, "confidence", 0.95),
      optionalChoice(method, "method", ["NORMAL", "WILSON"] as const, "NORMAL"),
    ),
  );
}

/**
 * The two-sided p-value of the difference between two groups' proportions (pooled two-proportion z-test).
 * Below 0.05, the difference is significant at 95% confidence.
 * @customfunction PROPTEST
 * @param p1 The first group's proportion, 0 to 1 (68.6% is 0.686).
 * @param n1 The first group's number of responses.
 * @param p2 The second group's proportion, 0 to 1.
 * @param n2 The second group's number of responses.
 * @returns The p-value, 0 to 1.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- not number: Excel makes a blank 0 for those (coerce.ts)
export function propTest(p1: any, n1: any, p2: any, n2: any): number {
  return guard(
    () =>
      twoProportionTest(
        requireNumber(p1, "p1"),
        requireNumber(n1, "n1"),
        requireNumber(p2, "p2"),
        requireNumber(n2, "n2"),
      ).pValue,
  );
}
