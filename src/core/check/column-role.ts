import type { ColumnRole, PrintedNumber } from "./check-types";

const CHANGE = /chang|diff|increase|decrease|\brise\b|\bfall\b|\+\/-|\bvar(iance|iation)?\b/i;
const PERCENT = /%|percent|per cent/i;
const RATE = /\brate\b|per\s*(head|capita|[\d,]+\s*(pop|population|people|residents|households)?)/i;
const POPULATION = /\bpopulation\b|^\s*pop\.?(\s|$)|\bresidents\b/i;
const PERIOD =
  /\b(this|last|previous|current|prior)\s+(year|period|month|quarter)\b|\bry\b|rolling year|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\bq[1-4]\b|\b(19|20)\d{2}\b/i;

/**
 * What a column holds, read from its header first and its values second: "Number change" and
 * "Number difference" are number changes; "% change" and "% difference" % changes; "Rate per 1,000"
 * and "2017 rate per 1,000 pop." rates (with their base); "County ranking" ranks; "% of all crime",
 * "Share" shares; "Yearly Total" the total of the row; a header naming a period ("RY ending Oct 2017",
 * "2016", "April", "Nov 2016 - Oct 2017") counts for a period. Otherwise the values decide: whole
 * numbers are counts, numbers with decimals are not checked ("other"), % values shares, text text.
 *
 * Missing values: blank and not-available cells do not count towards the values' verdict.
 *
 * @param header the header as printed (the rows of a multi-row header joined)
 * @param values the column's body cells, read by parsePrintedNumber
 * @returns the role, and for a rate its base (1000 for "per 1,000", the default)
 * @throws never
 * @example
 * columnRole("% change", cells);                  // => { role: "percentChange" }
 * columnRole("2017 rate per 1,000 pop.", cells);  // => { role: "rate", per: 1000 }
 */
export function columnRole(header: string, values: readonly PrintedNumber[]): { role: ColumnRole; per?: number } {
  const numbers = values.filter((v) => v.value !== null);
  const texts = values.filter((v) => v.kind === "text");
  if (texts.length > numbers.length) return { role: "text" };
  if (numbers.length === 0 && header.trim() === "") return { role: "text" };
  if (/\brank|\bposition\b/i.test(header)) return { role: "rank" };
  if (CHANGE.test(header)) return { role: PERCENT.test(header) ? "percentChange" : "numberChange" };
  if (RATE.test(header)) return { role: "rate", per: rateBase(header) };
  // A population is a base, never a count to add or rank: "Population", "Mid-2016 population", "Pop. 2021".
  if (POPULATION.test(header)) return { role: "population" };
  if (PERCENT.test(header) || /\b(share|proportion)\b/i.test(header)) return { role: "share" };
  if (/\btotal\b/i.test(header)) return { role: "rowTotal" };
  const percents = numbers.filter((v) => v.kind === "percent").length;
  if (percents > numbers.length / 2) return { role: "share" };
  const whole = numbers.every((v) => v.decimals === 0);
  if (PERIOD.test(header)) return { role: whole ? "period" : "other" };
  return { role: whole ? "count" : "other" };
}

/** The base of a rate header: 1000 for "per 1,000", 100000 for "per 100,000"; 1000 when not said. */
function rateBase(header: string): number {
  const base = /per\s*([\d,]+)/i.exec(header);
  const value = base ? Number(base[1].replace(/,/g, "")) : NaN;
  return Number.isFinite(value) && value > 0 ? value : 1000;
}
