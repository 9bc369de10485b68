/**
 * src/functions: Custom functions (namespace CSP): thin wrappers over core with argument coercion and Excel errors.
 * Imports core.
 */

export * from "./change-test";
export * from "./change";
export * from "./coerce";
export * from "./excel-error";
export * from "./functions";
export * from "./live-tables";
export * from "./month-cells";
export * from "./morile";
export * from "./periods";
export * from "./read-series";
export * from "./spc";
export * from "./survey";
export * from "./table-spill";
