/**
 * The custom functions of the CSP namespace. Each area keeps its functions, with the JSDoc that
 * Excel's formula autocomplete shows, in its own module; this module re-exports every one of them, so
 * `import { pctChange } from "./functions"` reaches any function, in Excel and in plain Node.
 *
 * webpack's CustomFunctionsMetadataPlugin reads the JSDoc of every module in this folder that has a
 * `@customfunction` tag (see webpack.config.js) and registers each function under its tag's name.
 */
export * from "./change";
export * from "./change-test";
export * from "./morile";
export * from "./periods";
export * from "./survey";
export * from "./spc";
export * from "./live-tables";
