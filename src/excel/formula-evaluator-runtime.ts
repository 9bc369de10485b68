/**
 * Lets the functions module load outside Excel's custom-functions runtime. When webpack bundles a module
 * of src/functions, its metadata plugin appends `CustomFunctions.associate(...)` calls; in the
 * playground page no such global exists, so the evaluator's import of the real functions would fail on
 * load. This module, imported before them, gives the page a stand-in that registers nothing. It has no
 * `Error` member, so `excelError` makes plain `ExcelError` values, as in Node.
 */
const scope = globalThis as { CustomFunctions?: { associate: (id: string, fn: unknown) => void } };
scope.CustomFunctions ??= { associate: () => undefined };

export {};
