import { OptionError } from "..";
import { periodHeading } from "../periods";

/**
 * Reads the analyst's series breaks, "LABEL=PERIOD" separated by ";": each row named cannot be compared
 * with periods starting before PERIOD ("Sheerness=2015/16": converted from a drop-in service in May 2015,
 * seed 3.5; "Burglary Residential=Apr 2017": a category from April 2017, seed 2.6). PERIOD is written as
 * the table heads its periods, or as a month.
 *
 * Missing values: blank parts are ignored; null or "" is no breaks.
 *
 * @param text the breaks as typed
 * @param startMonth the month split years start in, as the table is read
 * @returns row label -> the first month of the first comparable period
 * @throws {OptionError} for a part without "=" or a period that cannot be read
 * @example
 * parseSeriesBreaks("Sheerness=2015/16"); // => Map { "Sheerness" => monthIndex(2015, 4) }
 */
export function parseSeriesBreaks(text: string | null | undefined, startMonth?: number): Map<string, number> {
  const breaks = new Map<string, number>();
  for (const part of (text ?? "")
    .split(";")
    .map((p) => p.trim())
    .filter((p) => p !== "")) {
    const at = part.lastIndexOf("=");
    const period = at > 0 ? periodHeading(part.slice(at + 1).trim(), startMonth) : undefined;
    if (at <= 0 || !period)
      throw new OptionError(
        `A series break is LABEL=PERIOD, such as "Sheerness=2015/16" or "Burglary Residential=Apr 2017", not "${part}".`,
      );
    breaks.set(part.slice(0, at).trim(), period.first);
  }
  return breaks;
}
