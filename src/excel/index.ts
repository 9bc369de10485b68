/**
 * src/excel: The Office.js adapter behind WorkbookPort (Office and in-memory workbooks), table layout, column widths,
 * the formula evaluator used by tests and the playground. Imports core and functions.
 * @unlisted formula-evaluator-runtime (installs a CustomFunctions stand-in when loaded)
 */

export * from "./a1";
export * from "./api-requirements";
export * from "./column-width";
export * from "./display-text";
export * from "./formula-evaluator-parse";
export * from "./formula-evaluator-values";
export * from "./formula-evaluator";
export * from "./functions-namespace";
export * from "./memory-workbook";
export * from "./morile-matrix";
export * from "./office-workbook";
export * from "./protected-message";
export * from "./read-chunks";
export * from "./sheet-run";
export * from "./table-layout";
export * from "./text-safe-formats";
export * from "./workbook-port";
