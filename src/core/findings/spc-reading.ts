import { monthIndex } from "../periods";
import { monthName } from "../periods";
import { variationOf } from "../spc";
import type { Improvement, SpcSignal } from "../spc";
import type { ChartSeries } from "../tables";
import { countWords } from "../change";

/**
 * The Making Data Count reading of a series' latest point, in words: "Violent crime, Maidstone: the
 * latest month, October 2017 (650), is special cause concern (high): above the upper process limit of
 * 612.3." or "... shows common cause variation, within the process limits (480.1 to 612.3) around the
 * centre line of 546.2." The variation is `variationOf` (crime: fewer is better, so a high signal is
 * concern); the rule is said in words: above or below a process limit, a run of N months above or below
 * the centre line, a trend of N months rising or falling, two of three (or four of five) months near a
 * limit, too few crossings of the centre line.
 *
 * Missing values: a series without points gives "".
 *
 * @param series the chart series (from an spc-series table)
 * @param improvement which direction is better (default "DOWN": fewer crimes)
 * @returns the sentence
 * @throws never
 * @example
 * spcReading(violentCrime); // => "Violent crime, Maidstone: the latest month, December 2023 (600), shows common cause variation, ..."
 */
export function spcReading(series: ChartSeries, improvement: Improvement = "DOWN"): string {
  const k = series.values.length - 1;
  if (k < 0) return "";
  const name =
    series.category !== undefined && series.area !== undefined ? `${series.category}, ${series.area}` : series.title;
  const [year, month] = series.months[k].split("-").map(Number);
  const latest = `the latest month, ${monthName(monthIndex(year, month))} (${countWords(series.values[k])})`;
  const signal = series.signals[k] as SpcSignal;
  const variation = variationOf(signal, improvement, series.values[k], series.centreLine[k]);
  const centre = countWords(series.centreLine[k], 1);
  if (variation === "Common cause") {
    return `${name}: ${latest}, shows common cause variation, within the process limits (${countWords(series.lowerLimit[k], 1)} to ${countWords(series.upperLimit[k], 1)}) around the centre line of ${centre}.`;
  }
  return `${name}: ${latest}, is ${variation.charAt(0).toLowerCase()}${variation.slice(1)}: ${ruleWords(series, k, signal)}.`;
}

function ruleWords(series: ChartSeries, k: number, signal: SpcSignal): string {
  const centre = countWords(series.centreLine[k], 1);
  switch (signal) {
    case "Above UCL":
      return `above the upper process limit of ${countWords(series.upperLimit[k], 1)}`;
    case "Below LCL":
      return `below the lower process limit of ${countWords(series.lowerLimit[k], 1)}`;
    case "Run above":
    case "Run below": {
      const above = signal === "Run above";
      return `a run of ${runLength(series, k, above)} months ${above ? "above" : "below"} the centre line of ${centre}`;
    }
    case "Trend up":
    case "Trend down":
      return `a trend of ${trendLength(series.values, k, signal === "Trend up")} months ${signal === "Trend up" ? "rising" : "falling"} in a row`;
    case "2 of 3 above":
    case "2 of 3 below":
      return `two of the last three months close to the ${signal.endsWith("above") ? "upper" : "lower"} process limit (beyond two sigma)`;
    case "4 of 5 above":
    case "4 of 5 below":
      return `four of the last five months more than one sigma ${signal.endsWith("above") ? "above" : "below"} the centre line`;
    default:
      return "too few crossings of the centre line for chance alone";
  }
}

/** Months in a row, ending at k, on one side of their centre line. */
function runLength(series: ChartSeries, k: number, above: boolean): number {
  let n = 0;
  for (
    let i = k;
    i >= 0 && (above ? series.values[i] > series.centreLine[i] : series.values[i] < series.centreLine[i]);
    i--
  )
    n++;
  return n;
}

/** Months in a row, ending at k, each higher (or lower) than the one before, counting the first. */
function trendLength(values: number[], k: number, up: boolean): number {
  let n = 1;
  for (let i = k; i > 0 && (up ? values[i] > values[i - 1] : values[i] < values[i - 1]); i--) n++;
  return n;
}
