/**
 * src/core/findings: Key findings: the sentences written from what the recipes computed (headlines, rises and falls, ranks,
 * significance, SPC readings). Imports tables, house-style, change, periods, significance and spc.
 */

export * from "./change-phrase";
export * from "./compares-to-sentence";
export * from "./comparison-of";
export * from "./findings-options";
export * from "./findings-table";
export * from "./headline-sentence";
export * from "./highest-and-lowest";
export * from "./key-findings";
export * from "./noun-of";
export * from "./ordinal";
export * from "./partner-counts-findings";
export * from "./period-words";
export * from "./rank-sentence";
export * from "./rate-findings";
export * from "./rises-and-falls";
export * from "./significance-words";
export * from "./spc-reading";
export * from "./survey-findings";
export * from "./year-findings";
