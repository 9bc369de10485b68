import { formatCell } from "../house-style";
import { nounOf } from "./noun-of";
import { countWords } from "../change";
import { nameKey } from "../tables";
import type { TableModel } from "../tables";
import { ordinal } from "./ordinal";
import { periodWords } from "./period-words";

/**
 * The key finding of a rate table (seed 2.5) for the area of interest, in the register of seed 2.1:
 * "All crime in Maidstone equated to 68.0 crimes per 1,000 population in the period November 2016 to
 * October 2017. This is below the Kent Force wide rate of 73.0, and Maidstone is ranked 6th of the 13
 * areas (1st: the lowest rate)." The rate and rank are the table's printed ones (its first rate column
 * and its ranking); the force's rate is its total row's.
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
      : table.rows.find((r) => r.kind === "data" && nameKey(r.cells[0].value) === nameKey(area));
  const rateAt = row?.cells.findIndex((c) => c.kind === "rate") ?? -1;
  const period = table.subject?.periods?.[0];
  if (!row || rateAt < 0 || typeof row.cells[rateAt].value !== "number" || !period) return [];
  const name = String(row.cells[0].value);
  const where = place ?? name;
  const per = countWords(table.subject?.per ?? 1000);
  const rate = formatCell(row.cells[rateAt]);
  const category = table.subject?.category ?? "All crime";
  const sentences = [
    `${category} in ${where} equated to ${rate} ${nounOf(category, table)} per ${per} population in the period ${periodWords(period)}.`,
  ];
  const total = [...table.rows].reverse().find((r) => r.kind === "total");
  const totalRate = total?.cells[rateAt];
  const rank = row.cells.find((c) => c.kind === "rank");
  const ranked = table.rows.filter((r) => r.cells.some((c) => c.kind === "rank" && typeof c.value === "number")).length;
  const rankWords =
    typeof rank?.value === "number"
      ? `${name} is ranked ${ordinal(rank.value)} of the ${ranked} areas (1st: the lowest rate)`
      : "";
  if (totalRate && typeof totalRate.value === "number") {
    const value = row.cells[rateAt].value as number;
    const side = value < totalRate.value ? "below" : value > totalRate.value ? "above" : "the same as";
    const force = forceName ? `${forceName} Force wide` : "force-wide";
    sentences.push(
      `This is ${side} the ${force} rate of ${formatCell(totalRate)}${rankWords ? `, and ${rankWords}` : ""}.`,
    );
  } else if (rankWords) {
    sentences.push(`${rankWords}.`);
  }
  return [sentences.join(" ")];
}
