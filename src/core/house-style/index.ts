/**
 * src/core/house-style: House style: how a cell is shown (text, Excel number format, fill and house colours), formula-safe text,
 * sheet names, the source line and the rank note. Pure presentation; imports tables' types, data's types and change.
 */

export * from "./cell-fill";
export * from "./excel-number-format";
export * from "./format-cell";
export * from "./formula-safe-text";
export * from "./house-colours";
export * from "./rank-note";
export * from "./sheet-name";
export * from "./source-line";
export * from "./unique-sheet-name";
