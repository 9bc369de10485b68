import { levelWords } from "../significance";
import { poissonChangeTest } from "../significance";
import type { TableCell } from "./table-model";
import type { TableNotes } from "./table-notes";

/**
 * The "Significant change" cell of a row comparing two periods: "Yes" when the exact conditional test
 * for two Poisson counts (`poissonChangeTest`, as R's poisson.test) gives a two-sided p-value below
 * `level`, "No" otherwise, and the note under the table that says what the mark means. The periods are
 * of equal length, so the exposures are equal.
 *
 * Missing values: a count that is not available (a period before the data) makes the cell N/A with the
 * same marker as the counts (`missingMarker`).
 *
 * @param current the later period's count, or null
 * @param previous the earlier period's count, or null
 * @param level the significance level, such as 0.05
 * @param periods the two periods in words, for the note ("RY ending Oct 2017 and RY ending Oct 2016")
 * @param notes the table's notes
 * @param missingMarker the footnote marker of a period the data cannot fill
 * @returns the cell
 * @throws {InputError} when the level is not between 0 and 1
 * @example
 * significanceCell(13594, 10271, 0.05, "RY ending Oct 2017 and RY ending Oct 2016", notes, "*"); // => { kind: "text", value: "Yes" }
 */
export function significanceCell(
  current: number | null,
  previous: number | null,
  level: number,
  periods: string,
  notes: TableNotes,
  missingMarker: string | undefined,
): TableCell {
  const words = levelWords(level); // refuses a level outside 0 to 1 even when every count is N/A
  if (current === null || previous === null) return { kind: "text", value: null, footnote: missingMarker };
  notes.add(
    `Significant change: "Yes" where the exact test for two Poisson counts (as R's poisson.test) finds the change between ${periods} ` +
      `statistically significant at the ${words} level (two-sided p < ${level}), more than chance variation in the counts would explain; "No" where it does not.`,
  );
  return { kind: "text", value: poissonChangeTest(current, previous) < level ? "Yes" : "No" };
}
