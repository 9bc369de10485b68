import { illustrativeProfile } from "../core/morile";
import { bandOf } from "../core/morile";
import { readProfile } from "../core/morile";
import { scoreTheme } from "../core/morile";
import type { MorileProfile, ProfileCell } from "../core/morile";
import { guard } from "./excel-error";
import { asRange, isBlank, oneLine, requireNumber } from "./coerce";

/**
 * The profile a function scores by: the range's profile, or the built-in Illustrative one when the
 * argument is left out. A function is not told where its range sits, so a profile error names cells as
 * if the range started at A1; a profile sheet made by "New MoRiLE matrix" does start at A1.
 */
function profileOf(profile: unknown): MorileProfile {
  const cells = asRange(profile) as ProfileCell[][];
  if (cells.length === 1 && cells[0].length === 1 && isBlank(cells[0][0])) return illustrativeProfile();
  return readProfile(cells, "A1");
}

function ratingsOf(ratings: unknown): ProfileCell[] {
  return oneLine(asRange(ratings) as ProfileCell[][], "ratings");
}

/**
 * The MoRiLE final score of one theme. Without a profile it uses the built-in "Illustrative" profile,
 * whose numbers were chosen by the toolkit's authors and are not the official MoRiLE values. A blank
 * rating cell reaches the function as 0, which counts as missing unless a level is worth 0 points.
 * @customfunction MORILE
 * @param ratings (shared help: morile_ratings)
 * @param profile (shared help: morile_profile)
 * @returns The final score. #VALUE! when a rating is not a level of its criterion; #N/A when a rating is missing.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Excel ranges of labels and numbers: the metadata needs any[][]
export function morile(ratings: any[][], profile?: any[][]): number {
  return guard(() => scoreTheme(ratingsOf(ratings), profileOf(profile)).final);
}

/**
 * The MoRiLE score of one theme, step by step, spilled across one row: harm, likelihood, risk, confidence,
 * organisational position, final score and band (confidence and organisational position are blank when
 * the profile has none). Without a profile it uses the built-in "Illustrative" profile, not the official
 * MoRiLE values. A blank rating cell reaches the function as 0, which counts as missing unless a level is
 * worth 0 points.
 * @customfunction MORILE.DETAIL
 * @param ratings (shared help: morile_ratings)
 * @param profile (shared help: morile_profile)
 * @returns One row: harm, likelihood, risk, confidence, organisational position, final score, band.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Excel ranges of labels and numbers: the metadata needs any[][]
export function morileDetail(ratings: any[][], profile?: any[][]): any[][] {
  return guard(() => {
    const score = scoreTheme(ratingsOf(ratings), profileOf(profile));
    return [
      [
        score.harm,
        score.likelihood,
        score.risk,
        score.confidence ?? "",
        score.organisational ?? "",
        score.final,
        score.band,
      ],
    ];
  });
}

/**
 * The MoRiLE band (such as High, Medium or Low) of a final score: the band with the highest minimum the
 * score reaches. Without a profile it uses the bands of the built-in "Illustrative" profile, which are
 * not the official MoRiLE thresholds.
 * @customfunction MORILE.BAND
 * @param score A final score, such as the result of CSP.MORILE.
 * @param profile Optional: a range holding a MoRiLE profile in the toolkit's layout; leave out for the built-in Illustrative profile.
 * @returns The band's name. #N/A when the score is below every band.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Excel ranges of labels and numbers: the metadata needs any[][]
export function morileBand(score: any, profile?: any[][]): string {
  return guard(() => bandOf(requireNumber(score, "score"), profileOf(profile)));
}
