import { InputError } from "..";

/** A rule for automatic step changes: the run that makes one, and the fewest points any group keeps. */
export interface StepRule {
  /** Points in a row on one side of the centre line that make a step change. */
  runLength: number;
  /** Fewest points in any group, so no limits are worked out from fewer. */
  minSegment: number;
}

/** The named step rules: what `--steps` accepts besides "none" and a number of points. */
export const STEP_RULES = ["sustained", "kent5"] as const;
export type StepRuleName = (typeof STEP_RULES)[number];

/** The fewest points in a group under the default rule: the 12-point baseline of NHSE and NHS-R. */
export const MIN_BASELINE = 12;

/**
 * The run length and minimum group of a named step rule. "sustained" (the default) is a sustained
 * shift: 7 points in a row on one side of the centre line (the shift rule of NHSRplotthedots and of
 * Making Data Count before 2024) and no group shorter than `minSegment` points (default 12: NHS
 * England's SPC tool, `@SettingMinimumPointsPartition = 12`, warns on shorter partitions, and
 * NHSRplotthedots fixes limits on no fewer than 12 points; ../shared/notes/spc-methods.md sections 2.5
 * and 4.1). Making Data Count's guidance is to recalculate only for a sustained change, not for every
 * run. "kent5" is Kent's "5 data point step change" (seed 2.2 and 2.3): 5 in a row, groups of 5 or more.
 *
 * Missing values: `minSegment` null or undefined takes the rule's own minimum.
 *
 * @param name "sustained" or "kent5"
 * @param minSegment fewest points in a group, to replace the rule's own (at least 2)
 * @returns the run length and minimum group
 * @throws {InputError} for a minimum that is not a whole number of at least 2
 * @example
 * stepRule("sustained"); // => { runLength: 7, minSegment: 12 }
 * stepRule("kent5"); // => { runLength: 5, minSegment: 5 }
 */
export function stepRule(name: StepRuleName, minSegment?: number | null): StepRule {
  const rule = name === "kent5" ? { runLength: 5, minSegment: 5 } : { runLength: 7, minSegment: MIN_BASELINE };
  if (minSegment === null || minSegment === undefined) return rule;
  if (!Number.isInteger(minSegment) || minSegment < 2) {
    throw new InputError(
      `The fewest points between step changes must be a whole number of at least 2, not ${minSegment}.`,
    );
  }
  return { ...rule, minSegment };
}
