import type { Comparison } from "./comparison-of";
import { countWords } from "../change";
import { periodWords } from "./period-words";
import { changePhrase } from "./change-phrase";

/**
 * The headline of a table in the register of the seed's section 2.1: "All crime in the borough rose by
 * 32.4% in the period November 2016 to October 2017 compared with the same period the previous year,
 * from a total of 10,271 crimes to 13,594 crimes." The % is the table's printed one; a change of 0.0%
 * says so; a rise from none (no %) gives the count without a percentage.
 *
 * Missing values: none; the comparison holds both counts (rows with N/A counts have no comparison).
 *
 * @param subject what changed, capitalised, such as "All crime" or "Violent crime"
 * @param place where, such as "the borough" or "Maidstone"
 * @param figures the row's comparison
 * @param period the latest period
 * @param noun what is counted, plural: "crimes", "incidents"
 * @returns the sentence
 * @throws never
 * @example
 * headlineSentence("All crime", "the borough", allCrime, rollingYear(monthIndex(2017, 10)), "crimes");
 */
export function headlineSentence(
  subject: string,
  place: string,
  figures: Comparison,
  period: { first: number; last: number },
  noun: string,
): string {
  const when = `in the period ${periodWords(period)} compared with the same period the previous year`;
  const totals = `from a total of ${countWords(figures.previous)} ${noun} to ${countWords(figures.current)} ${noun}`;
  const moved = changePhrase(figures);
  if (moved === null) return `${subject} in ${place} was unchanged at ${countWords(figures.current)} ${noun} ${when}.`;
  return `${subject} in ${place} ${moved} ${when}, ${totals}.`;
}
