import { signalCodes } from "./signal-codes";
import { SPC_SIGNALS, type RuleLimits, type SpcRules, type SpcSignal } from "./types";

/**
 * How many points, counting back from the latest, decide the latest point's label under each preset: the
 * longest of its runs, trends and windows (MDC 6, NHSR 7, WECO's run of 8). A run or trend that holds the
 * latest point ends there, and it is long enough exactly when its last `reach` points form one, so the
 * points before those change nothing. Anhoej's runs analysis judges the whole group: it reads every point.
 */
const REACH: Record<SpcRules, number> = { MDC: 6, NHSR: 7, WECO: 8, ANHOEJ: Infinity };

/**
 * The special-cause label of the latest point of a group, as `signalCodes` gives it over the whole group,
 * with the same rules run over only the group's last points: as many as the preset's longest pattern
 * spans (all of them for Anhoej's runs analysis). CSP.SPC.VARIATION needs nothing else, so a long series
 * costs it a few points of rule work rather than a pass per rule.
 *
 * Missing values: none; the series has been checked.
 *
 * @param values the points of the latest group, in order (at least 1)
 * @param limits the group's centre line, limits and sigma
 * @param rules the preset
 * @returns the latest point's label, "" for common cause
 * @throws never
 * @example
 * // MDC, centre 5, sigma 1, values [..., 6, 6, 6, 6, 6, 6] => "Run above"
 */
export function latestSignal(values: Float64Array, limits: RuleLimits, rules: SpcRules): SpcSignal {
  const tail = values.subarray(Math.max(0, values.length - REACH[rules]));
  const codes = signalCodes(tail, [{ start: 0, end: tail.length }], [limits], rules);
  return SPC_SIGNALS[codes[codes.length - 1]];
}
