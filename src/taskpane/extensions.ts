/**
 * Modules that add to the task pane (export buttons through `registerExportActions`). Loaded by both
 * the task pane and the playground. Add one import line per module, for example:
 *   import "./taskpane-register";
 */
export {};
import "./taskpane-register";
