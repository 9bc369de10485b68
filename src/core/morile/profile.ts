/**
 * The MoRiLE profile: everything numeric about MoRiLE scoring, kept as data so an analyst can type in the
 * values of the official workbook their county gave them (../shared/notes/morile.md). The structure is the
 * public one (harm, likelihood, confidence, organisational position); the numbers are not public, so they
 * live here and never in code.
 *
 * Scoring (see `scoreTheme`):
 * - each criterion's rating is turned into the points of its level;
 * - the criteria of a section combine by that section's rule into the section total;
 * - harm and likelihood combine by the risk rule into the risk score;
 * - risk, confidence and organisational position combine by the final rule into the final score (a
 *   section without criteria is left out of that combination);
 * - the final score falls into the band with the highest minimum it reaches.
 */

/** How a list of numbers combines into one: added up, the largest, or multiplied together. */
export type CombineRule = "sum" | "max" | "product";

/** The combining rules a profile may name, in the words the profile sheet uses. */
export const COMBINE_RULES: readonly CombineRule[] = ["sum", "max", "product"];

/** The four sections a criterion can belong to. */
export type MorileSection = "harm" | "likelihood" | "confidence" | "organisational";

/** The sections in scoring order, with the names the profile sheet and the formulas' output use. */
export const SECTION_NAMES: Readonly<Record<MorileSection, string>> = {
  harm: "Harm",
  likelihood: "Likelihood",
  confidence: "Confidence",
  organisational: "Organisational position",
};

/** One answer a criterion accepts, such as "Severe" worth 4 points. */
export interface MorileLevel {
  label: string;
  points: number;
}

/** One column of the scoring matrix, such as "Physical harm" in the harm section. */
export interface MorileCriterion {
  name: string;
  section: MorileSection;
  levels: MorileLevel[];
}

/** A band of final scores: every score at or above `minimum` (and below the next band up) is in it. */
export interface MorileBand {
  name: string;
  minimum: number;
  /** The band's fill colour on the sheets, "#RRGGBB". */
  fill?: string;
}

/** The six combining rules: one for each section, one for risk and one for the final score. */
export type MorileRules = Record<MorileSection | "risk" | "final", CombineRule>;

/** A complete MoRiLE profile. */
export interface MorileProfile {
  /** Such as "Illustrative" or "Kent CSU 2018". */
  name: string;
  /** Where the numbers come from, shown wherever the profile is used. */
  statement: string;
  /** The criteria in rating order: `ratings` rows follow this order. */
  criteria: MorileCriterion[];
  rules: MorileRules;
  bands: MorileBand[];
}

/** What a theme scored, step by step, so any final score can be explained. */
export interface MorileScore {
  /** The points of each criterion's rating, in the profile's criteria order. */
  points: number[];
  harm: number;
  likelihood: number;
  risk: number;
  /** `null` when the profile has no confidence criteria. */
  confidence: number | null;
  /** `null` when the profile has no organisational position criteria. */
  organisational: number | null;
  final: number;
  band: string;
}

/** A cell of a profile range as Office.js gives it ("" for blank); `null`/`undefined` are read as blank too. */
export type ProfileCell = string | number | boolean | null | undefined;
