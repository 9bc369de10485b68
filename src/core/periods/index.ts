/**
 * src/core/periods: Periods: months, financial and rolling years, windows, Excel serial dates, period headings and readers.
 * Imports cells and the core root.
 */

export * from "./civil-date";
export * from "./date-to-excel-serial";
export * from "./days-in-month";
export * from "./describe-months";
export * from "./excel-serial-to-date";
export * from "./excel-serial-to-month";
export * from "./financial-year";
export * from "./month-index";
export * from "./month-key";
export * from "./month-label";
export * from "./month-name";
export * from "./month-names";
export * from "./month-of-name";
export * from "./month-to-excel-serial";
export * from "./month-window";
export * from "./named-period";
export * from "./parse-month";
export * from "./period-heading";
export * from "./period-reader";
export * from "./police-month";
export * from "./rolling-year-label";
export * from "./rolling-year";
export * from "./uk-local-month";
export * from "./window-count";
export * from "./window-label";
export * from "./window-total";
export * from "./year-and-month";
