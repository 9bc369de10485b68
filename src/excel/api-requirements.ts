/**
 * Which Office.js requirement sets the add-in needs, and which it only uses when they are there.
 * manifest.xml declares DECLARED_SETS (test/manifest.test.ts keeps the two equal), so Excel loads the
 * add-in only where they are all supported. Everything else is an OPTIONAL_FEATURE, asked for with
 * `Office.context.requirements.isSetSupported` before the call, and left out where it is missing.
 * test/excel/api-requirements.test.ts looks up every Office.js member the adapter calls in
 * @types/office-js's "[Api set: ...]" tags and checks it is covered by one or the other.
 *
 * What needs each declared set:
 * - SharedRuntime 1.1: the task pane, custom functions and ribbon share one page (manifest `<Runtimes>`).
 * - ExcelApi 1.7: `Worksheet.getRangeByIndexes` (every table write and chunked read), chart series
 *   `add`, `setValues`, `setXAxisValues`, line styles and markers (SPC charts), and
 *   `WorksheetCollection.onActivated` (the Output step follows the active sheet). It also covers
 *   `suspendApiCalculationUntilNextSync` and conditional formats (1.6) and `getUsedRangeOrNullObject` (1.4).
 * - CustomFunctionsRuntime 1.3: `CustomFunctions.Error` (1.2) with the #DIV/0! and #NUM! codes (1.3).
 */
export const DECLARED_SETS: readonly { name: string; version: string }[] = [
  { name: "SharedRuntime", version: "1.1" },
  { name: "ExcelApi", version: "1.7" },
  { name: "CustomFunctionsRuntime", version: "1.3" },
];

/** A feature used only where Excel supports it, with what the analyst loses without it. */
export interface OptionalFeature {
  set: string;
  version: string;
  /** What is left out where the set is missing. */
  without: string;
}

export const OPTIONAL_FEATURES = {
  /** `Range.dataValidation` (ExcelApi 1.8): the MoRiLE matrix's drop-down lists of levels. */
  listValidation: {
    set: "ExcelApi",
    version: "1.8",
    without: "the MoRiLE matrix has no drop-down lists; type the levels",
  },
  /** `RangeFormat.indentLevel` (ExcelApi 1.9): sub-categories indented one level ("- Robbery" keeps its dash). */
  indentLevel: {
    set: "ExcelApi",
    version: "1.9",
    without: "sub-categories are not indented (their leading dash still marks them)",
  },
  /** `Office.context.ui.openBrowserWindow` (OpenBrowserWindowApi 1.1): Export to Word from Excel for Mac, through the system browser (save-route.ts). */
  openBrowserWindow: {
    set: "OpenBrowserWindowApi",
    version: "1.1",
    without: "Excel for Mac cannot save the Word file from the task pane; use Copy for Word or Excel on the web",
  },
} satisfies Record<string, OptionalFeature>;

/** Answers whether a requirement set is supported: `isSetSupported` inside Excel, a fake in tests. */
export type ApiSupport = (set: string, version: string) => boolean;

/**
 * Office's own answer. Outside Office (the playground, Node) there is no `Office` global and nothing
 * calls Office.js, so it answers true.
 */
export const officeApiSupport: ApiSupport = (set, version) => {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const requirements = office?.context?.requirements;
  return requirements ? requirements.isSetSupported(set, version) : true;
};
