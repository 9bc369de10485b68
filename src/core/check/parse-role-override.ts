import { InputError } from "..";
import type { ColumnRole } from "./check-types";

/** The words an analyst may use for a column's role, and the role each means. */
const ROLE_WORDS: Record<string, ColumnRole> = {
  label: "label",
  period: "period",
  count: "count",
  change: "numberChange",
  "number change": "numberChange",
  "% change": "percentChange",
  "percent change": "percentChange",
  rate: "rate",
  rank: "rank",
  share: "share",
  total: "rowTotal",
  "row total": "rowTotal",
  ignore: "other",
  text: "text",
  population: "population",
};

/**
 * Reads an analyst's correction of what a column holds, "County Ranking=rank" or "Yearly Total=ignore",
 * for when the check recognised a column wrongly: the column is named by its header (any case), the
 * role by one of label, period, count, change, % change, rate, rank, share, total (a row total),
 * ignore (not checked) or text.
 *
 * Missing values: an empty header or role is refused, naming what to write.
 *
 * @param text the correction, "HEADER=ROLE"
 * @returns the header and the role
 * @throws {InputError} when the text has no "=", or the role is not one of the words above
 * @example
 * parseRoleOverride("Position=rank"); // => { column: "Position", role: "rank" }
 */
export function parseRoleOverride(text: string): { column: string; role: ColumnRole } {
  const at = text.lastIndexOf("=");
  const column = at > 0 ? text.slice(0, at).trim() : "";
  const word =
    at > 0
      ? text
          .slice(at + 1)
          .trim()
          .toLowerCase()
      : "";
  const role = ROLE_WORDS[word];
  if (column === "" || role === undefined) {
    throw new InputError(
      `"${text}" is not a column's role: write HEADER=ROLE, the role one of ${Object.keys(ROLE_WORDS).join(", ")} (such as "Position=rank").`,
    );
  }
  return { column, role };
}
