import type { Improvement, SpcSignal, Variation } from "../core/spc";
import { variationColour } from "../core/spc";
import { variationOf } from "../core/spc";

/**
 * The colour a point is marked with on an SPC chart, in Making Data Count's colours (the palette of its
 * icons and of NHSRplotthedots, `variationColour`): grey for common cause, orange for a special cause of
 * concern, blue for a special cause of improvement, purple for one that is neither (no improvement
 * direction). Whether a signal is concern or improvement depends on the direction: for crime (fewer is
 * better, "DOWN", the default) a point above the upper limit, a run above or a rising trend is concern
 * and the mirror signals improvement (`variationOf`). The one scheme is used by the chart drawn for Word
 * and the playground (`spcChartSvg`), the Excel charts (`chartSheetPlan`) and the README.
 *
 * Missing values: "" (common cause) gives grey. A label naming its MDC kind ("Special cause concern") gets
 * that kind's colour. Any other label the engine does not make is marked as high when
 * it says "above" or "up", else low, so it is still coloured as a special cause.
 *
 * @param signal the point's special-cause label, such as "Above UCL" or "Run below"
 * @param improvement which direction is better (default "DOWN")
 * @param value the point's value and `centreLine` its centre line (only read for "Few crossings")
 * @returns a CSS hex colour, "#rrggbb"
 * @throws nothing
 * @example
 * signalColour("Above UCL"); // => "#e46c0a" (concern: more crime)
 * signalColour("Run below"); // => "#00b0f0" (improvement)
 * signalColour("");          // => "#a6a6a6"
 */
export function signalColour(signal: string, improvement: Improvement = "DOWN", value = 0, centreLine = 0): string {
  // A point named by its MDC kind (the Excel chart's marker series, read back by the playground) keeps it.
  const named = /^Special cause (concern|improvement|neither)/.exec(signal);
  if (named) return `#${variationColour(`Special cause ${named[1]} (high)` as Variation).toLowerCase()}`;
  return `#${variationColour(variationOf(signal as SpcSignal, improvement, value, centreLine)).toLowerCase()}`;
}
