import { InputError, NotAvailableError } from "..";
import type { MorileProfile } from "./profile";

/**
 * The band of a final score: the band with the highest minimum that the score reaches (bands are
 * thresholds, so a score equal to a band's minimum is in that band). The last step of MoRiLE scoring,
 * turning the number into the High / Medium / Low that the partnership discusses.
 *
 * Missing values: none; the score must be a finite number.
 *
 * @param score the final score
 * @param profile the profile whose bands apply
 * @returns the band's name
 * @throws {InputError} when the score is not a finite number
 * @throws {NotAvailableError} when the score is below every band's minimum
 * @example
 * bandOf(1176, illustrativeProfile()); // => "High"
 * bandOf(400, illustrativeProfile());  // => "Medium"
 */
export function bandOf(score: number, profile: MorileProfile): string {
  if (typeof score !== "number" || !Number.isFinite(score)) {
    throw new InputError(`The score must be a number, not ${JSON.stringify(score)}.`);
  }
  const highestFirst = [...profile.bands].sort((a, b) => b.minimum - a.minimum);
  const band = highestFirst.find((candidate) => score >= candidate.minimum);
  if (band) return band.name;
  const lowest = highestFirst[highestFirst.length - 1];
  throw new NotAvailableError(
    lowest
      ? `The score ${score} is below the lowest band, ${lowest.name}, which starts at ${lowest.minimum}.`
      : `The profile "${profile.name}" has no bands.`,
  );
}
