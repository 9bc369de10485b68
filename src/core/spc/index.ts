/**
 * src/core/spc: Statistical process control: XmR and c limits, groups and steps, special-cause signals, assurance and
 * variation. The rules live in ./rules, a room of their own. Imports ./rules and the core root.
 */

export * from "./assurance-of";
export * from "./automatic-steps";
export * from "./c-limits";
export * from "./check-values";
export * from "./group-limits";
export * from "./latest-signal";
export * from "./mean-moving-range";
export * from "./preset-screening";
export * from "./shown-lower-limits";
export * from "./signal-codes";
export * from "./spc-analysis";
export * from "./spc-groups";
export * from "./spc-limits";
export * from "./special-cause-signals";
export * from "./spread-lines";
export * from "./step-rule";
export * from "./types";
export * from "./variation-colour";
export * from "./variation-of";
export * from "./xmr-limits";
