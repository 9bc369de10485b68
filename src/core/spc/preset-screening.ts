import type { SpcRules } from "./types";

/**
 * Whether a rule preset screens the XmR moving ranges, as the tool it copies does by default:
 * NHSRplotthedots screens (`screen_outliers = TRUE`); qicharts2 screens once attached with library()
 * (`qic.screenedmr`); MDC's SQL (`@ExcludeMovingRangeOutliers = 0`) and Western Electric do not.
 *
 * Missing values: not applicable; the preset is one of the four names.
 *
 * @param rules the preset
 * @returns true when moving ranges are screened
 * @throws never
 * @example
 * presetScreening("NHSR"); // => true
 * presetScreening("MDC");  // => false
 */
export function presetScreening(rules: SpcRules): boolean {
  return rules === "NHSR" || rules === "ANHOEJ";
}
