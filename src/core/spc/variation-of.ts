import type { Improvement, SpcSignal, Variation } from "./types";

/**
 * Making Data Count's variation of one point (its variation icon when it is the latest point): common
 * cause when it carries no signal; otherwise "high" for a signal above the mean or rising ("Above UCL",
 * "Trend up", "2 of 3 above", "4 of 5 above", "Run above") and "low" for the mirror ones, and
 * improvement or concern by the improvement direction (crime, "DOWN": high is concern, low is
 * improvement; "NEITHER" gives "Special cause neither"). "Few crossings" (Anhoej) has no direction of
 * its own: the point's side of the centre line gives it, as the cluster it sits in is high or low.
 *
 * Missing values: none; value and centre are finite numbers.
 *
 * @param signal the point's label
 * @param improvement which direction is better
 * @param value the point's value (only read for "Few crossings")
 * @param centreLine the point's centre line (only read for "Few crossings")
 * @returns the variation in MDC's words
 * @throws never
 * @example
 * variationOf("Run above", "DOWN", 0, 0); // => "Special cause concern (high)"
 * variationOf("Trend down", "UP", 0, 0);  // => "Special cause concern (low)"
 */
export function variationOf(signal: SpcSignal, improvement: Improvement, value: number, centreLine: number): Variation {
  if (signal === "") return "Common cause";
  const high = signal === "Few crossings" ? value > centreLine : /above|up/i.test(signal);
  const level = high ? "high" : "low";
  if (improvement === "NEITHER") return `Special cause neither (${level})`;
  const better = high === (improvement === "UP");
  return better ? `Special cause improvement (${level})` : `Special cause concern (${level})`;
}
