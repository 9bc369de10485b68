/**
 * Types shared by the SPC engine (src/core/spc), its table recipes and the chart renderer.
 * All point numbers the analyst sees are 1-based ("rebase at point 16"); arrays inside are 0-based.
 */

/** "XMR": individuals chart, limits from the mean moving range. "C": Poisson count chart. */
export type SpcChart = "XMR" | "C";

/**
 * The rule preset: which special-cause patterns are looked for, and whether moving ranges are screened.
 * - MDC: NHS England Making Data Count (SQL v2.6, 2024): shift 6, trend 6, 2 of 3 beyond 2 sigma
 *   counting points beyond the limits; no screening.
 * - NHSR: NHSRplotthedots 0.2.x: trend 7, 2 of 3 strictly between 2 sigma and the limit, shift 7; screening on.
 * - WECO: Western Electric: beyond 3 sigma, 2 of 3 beyond 2 sigma, 4 of 5 beyond 1 sigma, 8 on one side.
 * - ANHOEJ: qicharts2: beyond the limits plus Anhoej's runs analysis per group; screening on.
 */
export type SpcRules = "MDC" | "NHSR" | "WECO" | "ANHOEJ";

/** The rule presets, for menus and for checking what an analyst typed. */
export const SPC_RULES: readonly SpcRules[] = ["MDC", "NHSR", "WECO", "ANHOEJ"];

/** Which direction is better. Crime counts: "DOWN" (fewer crimes is better), the default. */
export type Improvement = "UP" | "DOWN" | "NEITHER";

export interface SpcOptions {
  /** Chart type, default "XMR". */
  chart?: SpcChart;
  /** 1-based point numbers where a new group of limits starts (the point itself is the first of the group). */
  rebaseAt?: number[];
  /** When given, each group's limits come from its first N points and apply to all its points. */
  baselinePoints?: number;
  /** Rule preset, default "MDC". */
  rules?: SpcRules;
  /** Improvement direction, default "DOWN". */
  improvement?: Improvement;
}

/** The special-cause labels a point can carry; "" is common cause. */
export type SpcSignal =
  | ""
  | "Above UCL"
  | "Below LCL"
  | "Trend up"
  | "Trend down"
  | "2 of 3 above"
  | "2 of 3 below"
  | "4 of 5 above"
  | "4 of 5 below"
  | "Run above"
  | "Run below"
  | "Few crossings";

/**
 * Every label a point can carry, each at a fixed place: the rules write a label's place (its code) into
 * one Int8Array per series, and the labels are looked up here only when an answer is shaped, so no rule
 * handles a string per point. 0 is common cause.
 */
export const SPC_SIGNALS: readonly SpcSignal[] = [
  "",
  "Above UCL",
  "Below LCL",
  "Trend up",
  "Trend down",
  "2 of 3 above",
  "2 of 3 below",
  "4 of 5 above",
  "4 of 5 below",
  "Run above",
  "Run below",
  "Few crossings",
];

/** The variation of a point in Making Data Count's words. */
export type Variation =
  | "Common cause"
  | "Special cause improvement (high)"
  | "Special cause improvement (low)"
  | "Special cause concern (high)"
  | "Special cause concern (low)"
  | "Special cause neither (high)"
  | "Special cause neither (low)";

/** Making Data Count's assurance of meeting a target. */
export type Assurance = "Consistently passing" | "Consistently failing" | "Hit and miss";

/** The lines of one group of limits. */
export interface GroupLimits {
  centreLine: number;
  lowerLimit: number;
  upperLimit: number;
  lowerTwoSigma: number;
  upperTwoSigma: number;
  /** One sigma: 2.66/3 x mean moving range (XMR) or sqrt(mean) (C). */
  sigma: number;
}

/** The lines of every point, one entry per point. */
export interface SpcLines {
  centreLine: number[];
  lowerLimit: number[];
  upperLimit: number[];
  lowerTwoSigma: number[];
  upperTwoSigma: number[];
  /** One sigma per point (used by the WECO 4 of 5 rule). */
  sigma: number[];
}

/** A series split into its groups of limits, with each group's centre line, limits and sigma. */
export interface SpcGroupLimits {
  /** The groups, in order, together covering every point once. */
  groups: GroupSpan[];
  /** One `GroupLimits` per group, in the groups' order. */
  limits: GroupLimits[];
}

/** A group of points sharing one set of limits: `start` inclusive, `end` exclusive, 0-based. */
export interface GroupSpan {
  start: number;
  end: number;
}

export interface SpcResult extends SpcLines {
  /** The special-cause label of each point, "" for common cause. */
  signals: SpcSignal[];
  /** The 1-based group number of each point (1 until the first rebase, then 2, ...). */
  group: number[];
  /** The variation of the latest point. */
  variation: Variation;
}

/**
 * The marks a rule leaves: +1 where a point is part of a high (above / increasing) pattern, -1 for a
 * low one, 0 elsewhere; or, when the rule is given the codes of its labels (`SPC_SIGNALS`), those codes,
 * so that every rule of a preset writes into one array. One entry per point of the whole series.
 */
export type Marks = Int8Array;

/**
 * The limits the rules read (only these four, since no rule reads the two-sigma lines): the group's, one
 * set for all its points, so a `GroupLimits` from `spcLimits` serves as it is.
 */
export type RuleLimits = { readonly [line in "centreLine" | "lowerLimit" | "upperLimit" | "sigma"]: number };

/** What every rule reads: the series, the limits of the group it is evaluated in, and that group. */
export interface RuleInput {
  values: ArrayLike<number>;
  limits: RuleLimits;
  start: number;
  end: number;
  /**
   * The side of the centre line of every point of the series (+1 above, -1 below, 0 on it), worked once
   * by `signalCodes` for all its rules; when absent, a rule works it from the values and centre line.
   */
  sides?: Int8Array;
}
