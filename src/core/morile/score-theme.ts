import { InputError, NotAvailableError } from "..";
import { bandOf } from "./band-of";
import { combine } from "./combine";
import type { MorileProfile, MorileScore, MorileSection, ProfileCell } from "./profile";
import { ratingPoints } from "./rating-points";

/**
 * Scores one theme by MoRiLE under a profile and keeps every step, so any final score can be explained:
 * each rating becomes its level's points; each section's points combine by the section's rule; harm and
 * likelihood combine by the risk rule into the risk score; risk, confidence and organisational position
 * combine by the final rule into the final score (a section with no criteria is left out, and reported
 * as `null`); the final score falls into a band.
 *
 * Missing values: a rating that is "", null, undefined, NaN (or 0, see `ratingPoints`) is missing, and so
 * is a rating beyond the end of a short `ratings` list; the first missing one, in criteria order, is the
 * error.
 *
 * @param ratings one rating per criterion, in the profile's criteria order: a level label or its points
 * @param profile the profile to score by
 * @returns the points, section totals, risk, final score and band
 * @throws {InputError} when a rating is not a level of its criterion, or there are more ratings than criteria
 * @throws {NotAvailableError} when a rating is missing, or the final score is below every band
 * @example
 * // Domestic abuse under the Illustrative profile: harm 4+4+2+2+2 = 14, likelihood 3+4 = 7,
 * // risk 14 x 7 = 98, confidence 3, organisational 2+2 = 4, final 98 x 3 x 4 = 1176, High.
 * scoreTheme(["Severe", "Severe", "Moderate", "Moderate", "Borough", "Frequent", "Very high", "High", "Stretched", "Partial"],
 *   illustrativeProfile()).final; // => 1176
 */
export function scoreTheme(ratings: readonly ProfileCell[], profile: MorileProfile): MorileScore {
  if (ratings.length > profile.criteria.length) {
    throw new InputError(
      `There are ${ratings.length} ratings but the profile "${profile.name}" has ${profile.criteria.length} criteria: ` +
        profile.criteria.map((c) => c.name).join(", ") +
        ".",
    );
  }
  const points = profile.criteria.map((criterion, i) => ratingPoints(criterion, ratings[i]));
  const section = (name: MorileSection): number | null => {
    const values = points.filter((_, i) => profile.criteria[i].section === name);
    return values.length === 0 ? null : combine(profile.rules[name], values);
  };
  const harm = required(section("harm"), "harm", profile);
  const likelihood = required(section("likelihood"), "likelihood", profile);
  const risk = combine(profile.rules.risk, [harm, likelihood]);
  const confidence = section("confidence");
  const organisational = section("organisational");
  const final = combine(
    profile.rules.final,
    [risk, confidence, organisational].filter((v): v is number => v !== null),
  );
  return { points, harm, likelihood, risk, confidence, organisational, final, band: bandOf(final, profile) };
}

function required(total: number | null, section: string, profile: MorileProfile): number {
  if (total === null) throw new NotAvailableError(`The profile "${profile.name}" has no ${section} criteria.`);
  return total;
}
