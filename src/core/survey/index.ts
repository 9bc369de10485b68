/**
 * src/core/survey: Survey figures: weighted proportions, margins of error, the two-proportion test, answer order.
 * Imports tables and the core root.
 */

export * from "./answer-order";
export * from "./combined-answers";
export * from "./horner";
export * from "./margin-of-error";
export * from "./normal-cdf";
export * from "./normal-quantile";
export * from "./two-proportion-test";
export * from "./weighted-proportion";
