/**
 * src/core/spc/rules: The SPC rules: beyond the limits, shifts, trends, runs and the centre line's sides.
 * Imports spc's types (the parent room, type-only) and the core root.
 */

export * from "./beyond-line-rule";
export * from "./binomial-quantile";
export * from "./centre-sides";
export * from "./outside-limits";
export * from "./runs-analysis";
export * from "./shift-rule";
export * from "./trend-rule";
