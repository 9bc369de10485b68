/**
 * src/core/significance: Significance: the Poisson change test, its log-gamma and binomial helpers, the level and its words.
 * Imports the core root.
 */

export * from "./binomial-log-pmf";
export * from "./level-words";
export * from "./log-gamma";
export * from "./poisson-change-test";
export * from "./significance-level";
