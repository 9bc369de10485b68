import type { ColumnRoles, DataKind } from "./ingest-types";
import type { ColumnProfile } from "./column-profile";
import { cellText } from "../cells";

/** police.uk's crime types (and ASB), lower-case: category values from this list mean crimes. */
export const POLICE_UK_TYPES = new Set([
  "anti-social behaviour",
  "bicycle theft",
  "burglary",
  "criminal damage and arson",
  "drugs",
  "other crime",
  "other theft",
  "possession of weapons",
  "public order",
  "robbery",
  "shoplifting",
  "theft from the person",
  "vehicle crime",
  "violence and sexual offences",
]);

/**
 * Guesses what a table's rows count - crimes, anti-social behaviour incidents, outcomes, stop and
 * searches, other counts, or rates that must not be added up - from its header words and values, and
 * says why. Headers are read first ("searches", "outcome", "ASB", "crime" or "offence"), then the
 * categories (police.uk crime types mean crimes; only "Anti-social behaviour" means incidents). A
 * table whose only measures are fractional, or headed rate, percentage or per 1,000, holds rates.
 * Anything else is "counts": named by its own categories, with no crime grouping and no "All crime".
 *
 * Missing values: blank category cells are left out.
 *
 * @param profiles the column profiles (`profileColumns`)
 * @param roles the proposed roles
 * @param sample data rows
 * @param measures the columns holding the numbers (the count column, or a wide table's period columns)
 * @returns the kind and the reason in plain words
 * @throws never
 * @example
 * detectKind(profiles, { month: 0, count: 1 }, rows, [1]).kind; // => "counts" for Month,count
 */
export function detectKind(
  profiles: ColumnProfile[],
  roles: ColumnRoles,
  sample: unknown[][],
  measures: number[],
): { kind: DataKind; reason: string } {
  const rate = measures.find((c) => profiles[c] && profiles[c].numbers > 0 && /rates/.test(profiles[c].notCount));
  if (rate !== undefined) {
    return {
      kind: "rates",
      reason: `"${profiles[rate].title}" holds rates or other measures (${profiles[rate].fractions > 0 ? "values with decimals" : "its header says so"}), not whole counts.`,
    };
  }
  const words = [roles.count, roles.category]
    .filter((c): c is number => c !== undefined)
    .map((c) => profiles[c].header)
    .join(" | ");
  if (/\b(anti social|asb)\b/.test(words))
    return { kind: "asb", reason: `The header ("${words}") names anti-social behaviour.` };
  if (/\bsearch(es)?\b/.test(words)) return { kind: "searches", reason: `The header ("${words}") names searches.` };
  if (/\boutcomes?\b/.test(words)) return { kind: "outcomes", reason: `The header ("${words}") names outcomes.` };
  if (/\b(crimes?|offences?|offenses?)\b/.test(words))
    return { kind: "crimes", reason: `The header ("${words}") names crimes or offences.` };
  if (roles.category !== undefined) {
    const names = new Set(
      sample.map((row) => cellText(row[roles.category as number]).toLowerCase()).filter((n) => n !== ""),
    );
    const known = [...names].filter((n) => POLICE_UK_TYPES.has(n));
    if (known.length === names.size && names.size === 1 && known[0] === "anti-social behaviour")
      return { kind: "asb", reason: "The only category is Anti-social behaviour." };
    if (known.length >= 2)
      return {
        kind: "crimes",
        reason: `The categories are police.uk crime types (${known.slice(0, 3).join(", ")}, ...).`,
      };
  }
  return {
    kind: "counts",
    reason:
      "Nothing says these are crimes, so they are other counts, named by their own categories (no crime grouping, no All crime); pass the kind if they are crimes.",
  };
}
