/**
 * src/core/check: Checking a printed table: parsing Markdown and printed numbers, checking sums, shares, rates, ranks and
 * changes, and the verdict. Imports tables, findings, change, cells and the core root.
 */

export * from "./agrees-at-precision";
export * from "./as-fraction";
export * from "./best-choice";
export * from "./check-changes";
export * from "./check-ranks";
export * from "./check-rates";
export * from "./check-shares";
export * from "./check-sums";
export * from "./check-table";
export * from "./check-types";
export * from "./check-verdict";
export * from "./column-agreement";
export * from "./column-role";
export * from "./empty-column-note";
export * from "./header-time";
export * from "./make-finding";
export * from "./nearly-equal";
export * from "./parse-markdown-table";
export * from "./parse-printed-number";
export * from "./parse-role-override";
export * from "./printed-like";
export * from "./read-check-table";
export * from "./row-structure";
export * from "./sum-of-parts";
