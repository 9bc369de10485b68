import { formatCell } from "../house-style";
import { nounOf } from "./noun-of";
import { countWords } from "../change";
import { nameKey } from "../tables";
import type { TableModel, TableRow } from "../tables";
import { ordinal } from "./ordinal";
import { periodWords } from "./period-words";

/**
 * The key finding of a rate table (seed 2.5) for the area of interest, in the register of seed 2.1:
 * "All crime in Maidstone equated to 68.0 crimes per 1,000 population in the period November 2016 to
 * October 2017. This is below the Kent Force wide rate of 73.0, and Maidstone is ranked 6th of the 13
 * areas (1st: the lowest rate)." The rate and rank are those the recipe computed (each row's `figures`:
 * its latest rate as printed, and its rank); the force's rate is its total row's.
 *
 * Missing values: an area not in the table, or whose rate is N/A, gives no finding (an empty list); a
 * total without a rate leaves out the comparison; an unranked area leaves out the rank.
 *
 * @param table a `rate` table
 * @param area the area of interest, or null
 * @param place how to name it ("the borough"), or null for its name
 * @param forceName the force's name ("Kent"), or null
 * @returns zero or one finding
 * @throws never
 * @example
 * rateFindings(rates, "Maidstone", null, "Kent"); // => ["All crime in Maidstone equated to 68.0 crimes per 1,000 population ..."]
 */
export function rateFindings(
  table: TableModel,
  area: string | null,
  place: string | null,
  forceName: string | null,
): string[] {
  const row =
    area === null
      ? undefined
      : table.rows.find((r) => r.kind === "data" && r.figures && nameKey(r.figures.label) === nameKey(area));
  const value = latestRate(row);
  const period = table.subject?.periods?.[0];
  if (!row?.figures || value === null || !period) return [];
  const name = row.figures.label;
  const where = place ?? name;
  const per = countWords(table.subject?.per ?? 1000);
  const category = table.subject?.category ?? "All crime";
  const sentences = [
    `${category} in ${where} equated to ${rateWords(value, table)} ${nounOf(category, table)} per ${per} population in the period ${periodWords(period)}.`,
  ];
  const totalRate = latestRate([...table.rows].reverse().find((r) => r.kind === "total"));
  const rank = row.figures.rank;
  const ranked = table.rows.filter((r) => typeof r.figures?.rank === "number").length;
  const rankWords =
    typeof rank === "number" ? `${name} is ranked ${ordinal(rank)} of the ${ranked} areas (1st: the lowest rate)` : "";
  if (totalRate !== null) {
    const side = value < totalRate ? "below" : value > totalRate ? "above" : "the same as";
    const force = forceName ? `${forceName} Force wide` : "force-wide";
    sentences.push(
      `This is ${side} the ${force} rate of ${rateWords(totalRate, table)}${rankWords ? `, and ${rankWords}` : ""}.`,
    );
  } else if (rankWords) {
    sentences.push(`${rankWords}.`);
  }
  return [sentences.join(" ")];
}

/** The latest year's rate the recipe computed for a row, as printed; null when N/A or not a rate row. */
function latestRate(row: TableRow | undefined): number | null {
  const rate = row?.figures?.rates?.[0];
  return typeof rate === "number" ? rate : null;
}

/** A rate in the table's own decimals, as its cells show it: "68.0". */
function rateWords(rate: number, table: TableModel): string {
  return formatCell({ kind: "rate", value: rate, decimals: table.figures?.rateDecimals ?? 1 });
}
