/**
 * src/core/recipes: The recipe declarations: one module per recipe (id, title, options schema, run) and the options' reading
 * and checking. Imports tables, data, spc, significance and the core root.
 */

export * from "./area-comparison";
export * from "./category-by-year";
export * from "./check-options";
export * from "./define-recipe";
export * from "./fy-pivot";
export * from "./options";
export * from "./partner-counts";
export * from "./period-comparison";
export * from "./rate";
export * from "./read-options";
export * from "./recipe";
export * from "./rolling-year";
export * from "./shares";
export * from "./spc-series";
export * from "./spc-summary";
export * from "./survey";
