/**
 * src/core/change: Change between figures: number and percent change, rates, shares, ranks, half-away rounding, change text.
 * Imports cells, house-style and the core root.
 */

export * from "./capitalised";
export * from "./change-of";
export * from "./change-over-gap";
export * from "./change-text";
export * from "./count-words";
export * from "./names-listed";
export * from "./number-change";
export * from "./percent-change";
export * from "./rank-ascending";
export * from "./rate-per";
export * from "./round-half-away";
export * from "./share-of";
