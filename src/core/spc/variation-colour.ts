import type { Variation } from "./types";

/**
 * The colour Making Data Count gives a variation icon, as six hex digits: grey for common cause, orange
 * for special cause concern, blue for improvement, purple for a special cause that is neither (no
 * improvement direction). The values are NHSRplotthedots' `ptd_spc_colours()` (0.2.x, the MDC palette:
 * common_cause "#a6a6a6", special_cause_improvement "#00b0f0", special_cause_concern "#e46c0a",
 * special_cause_neutral "#490092"), so the toolkit's summaries match the NHS tools analysts know.
 *
 * Missing values: none; every variation has a colour.
 *
 * @param variation the variation in MDC's words (see `variationOf`)
 * @returns RRGGBB
 * @throws never
 * @example
 * variationColour("Special cause concern (high)"); // => "E46C0A"
 */
export function variationColour(variation: Variation): string {
  if (variation.startsWith("Special cause concern")) return "E46C0A";
  if (variation.startsWith("Special cause improvement")) return "00B0F0";
  if (variation.startsWith("Special cause neither")) return "490092";
  return "A6A6A6";
}
