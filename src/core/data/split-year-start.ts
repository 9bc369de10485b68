import { InputError } from "..";
import { optionRef } from "..";
import { LONG_MONTH_NAMES } from "../periods";
import type { Dataset } from "./dataset";

const APRIL = 4;

/**
 * The records of split years ("2015/16", "2016/17") moved to the month the analyst says such years start
 * in: a partner's table headed 2015/16 is read as financial years (April to March) because the heading
 * does not say, and `startMonth` 7 makes it July 2015 to June 2016 (seed 3.5's one-stop shops). Each
 * record keeps its year and moves to its first month; the reading says "12-month periods (July to June)".
 *
 * Missing values: none; `startMonth` null, undefined or 4 leaves the data as read, as it does monthly data
 * (a month says its month) and years that already start in `startMonth`.
 *
 * @param dataset the records as read
 * @param startMonth the month number, 1 to 12, split years start in
 * @returns the records, their years starting in that month
 * @throws {InputError} when the data are years or quarters that are not split years (calendar years and named
 *   periods say their own months), naming the option to leave out
 * @example
 * splitYearStart(buildDataset({ name: "shops.csv", csv: "Location,2015/16,2016/17\nAshford,362,400\n" }), 7).yearStart; // => 7
 */
export function splitYearStart(dataset: Dataset, startMonth: number | null | undefined): Dataset {
  if (startMonth === null || startMonth === undefined || startMonth === APRIL) return dataset;
  // Months say their own months, and years that already start in that month are as asked: nothing to move.
  if ((dataset.periodUnit ?? "month") === "month" || dataset.yearStart === startMonth) return dataset;
  const asRead = dataset.readings?.map((r) => r.periods).join("; ") || "months";
  if (dataset.periodUnit !== "year" || dataset.yearStart !== APRIL)
    throw new InputError(
      `The data hold ${asRead}, which say their own months: ${optionRef("startMonth")} is for years written as 2015/16. Leave it out.`,
    );
  const shift = startMonth - APRIL;
  const month = dataset.month.map((m) => m + shift);
  const words = `12-month periods (${LONG_MONTH_NAMES[startMonth - 1]} to ${LONG_MONTH_NAMES[(startMonth + 10) % 12]})`;
  return {
    ...dataset,
    month,
    yearStart: startMonth,
    readings: dataset.readings?.map((r) => ({
      ...r,
      periods: r.periods === "financial years (April to March)" ? words : r.periods,
    })),
  };
}
