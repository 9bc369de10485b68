/**
 * src/core/cells: Cell helpers shared by every room: a cell's text, column letters and numbers, partner cells and sums.
 * Imports nothing.
 */

export * from "./cell-text";
export * from "./column-letters";
export * from "./column-number";
export * from "./partner-cell";
export * from "./partner-sum";
