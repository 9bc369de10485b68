import { InputError, NotAvailableError } from "..";
import type { MorileCriterion, ProfileCell } from "./profile";

/**
 * The points of one rating: the level whose label matches (trimmed, any case), or, for a number, the level
 * worth that many points. This is the first step of MoRiLE scoring: each criterion rated by the label of
 * one of its levels, as the matrix's drop-downs offer them, or by the points themselves.
 *
 * Missing values: "", null, undefined, NaN and text of spaces are a missing rating. So is the number 0
 * when no level of the criterion is worth 0, because Excel hands a custom function a blank cell as 0;
 * when a level is worth 0, a 0 is that level (profiles should avoid 0-point levels for this reason).
 *
 * @param criterion the criterion being rated
 * @param rating the rating as a cell gives it
 * @returns the level's points
 * @throws {NotAvailableError} when the rating is missing, naming the criterion
 * @throws {InputError} when the rating is not one of the criterion's levels, naming the criterion and its levels
 * @example
 * ratingPoints({ name: "Confidence", section: "confidence", levels: [{ label: "Low", points: 1 }, { label: "High", points: 3 }] }, "high"); // => 3
 */
export function ratingPoints(criterion: MorileCriterion, rating: ProfileCell): number {
  if (isMissing(criterion, rating)) {
    throw new NotAvailableError(`${criterion.name} has no rating: choose one of ${labels(criterion)}.`);
  }
  const text = String(rating).trim().toLowerCase();
  const byLabel = criterion.levels.find((level) => level.label.trim().toLowerCase() === text);
  if (byLabel) return byLabel.points;
  const number = typeof rating === "number" ? rating : typeof rating === "string" ? Number(rating.trim()) : NaN;
  const byPoints = criterion.levels.find((level) => level.points === number);
  if (byPoints) return byPoints.points;
  throw new InputError(
    `${criterion.name}: ${JSON.stringify(rating)} is not one of its levels, which are ${labels(criterion, true)}.`,
  );
}

function isMissing(criterion: MorileCriterion, rating: ProfileCell): boolean {
  if (rating === null || rating === undefined) return true;
  if (typeof rating === "string") return rating.trim() === "";
  if (typeof rating === "number")
    return Number.isNaN(rating) || (rating === 0 && !criterion.levels.some((level) => level.points === 0));
  return false;
}

function labels(criterion: MorileCriterion, withPoints = false): string {
  return criterion.levels.map((level) => (withPoints ? `${level.label} (${level.points})` : level.label)).join(", ");
}
