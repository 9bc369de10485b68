/**
 * src/taskpane: The task pane's wizard: its steps and views, the actions and export routes, the playground's pieces.
 * Imports core, excel, export and functions. Entry points (taskpane.ts, playground.ts, save-word.ts) export nothing.
 * @unlisted taskpane-register (registers the export actions when loaded)
 */

export * from "./chart-sheet-plan";
export * from "./check-table-action";
export * from "./export-actions";
export * from "./live-formulas";
export * from "./reading-choices";
export * from "./replace-run";
export * from "./save-route";
export * from "./sheet-view";
export * from "./styles";
export * from "./taskpane-actions";
export * from "./visually-hidden";
export * from "./wizard-areas";
export * from "./wizard-fields";
export * from "./wizard-logic";
export * from "./wizard-view";
