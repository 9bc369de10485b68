import type { TableModel } from "../core/tables";

/**
 * The extension point for export buttons (brief F's "Export to Word" and "Copy for Word"). A module
 * calls `registerExportActions` when it is loaded; the wizard's Output step shows one button per
 * action, enabled once tables have been made, and calls `run` with those TableModels, in order, and
 * the one the analyst chose in the Output step's "Chosen table" list (what "Copy for Word" copies).
 * To add a module, import it from `src/taskpane/extensions.ts` (one line), which both the task
 * pane and the playground load.
 */
export interface ExportAction {
  /** A stable id, such as "export-word". */
  id: string;
  /** The button's text, such as "Export to Word". */
  label: string;
  /**
   * Does the export; a returned text is shown to the analyst (such as "Started the download of tables.docx").
   * `chosen` is the table chosen in the Output step (one of `tables`); undefined when none is.
   */
  run(tables: TableModel[], chosen?: TableModel): Promise<string | void> | string | void;
}

const registered: ExportAction[] = [];

/**
 * Adds export buttons to the Output step; an action with an id already registered replaces it.
 *
 * @param actions the actions
 * @returns nothing
 * @example
 * registerExportActions({ id: "export-word", label: "Export to Word", run: (tables) => exportToWord(tables).then(exportMessage) });
 */
export function registerExportActions(...actions: ExportAction[]): void {
  for (const action of actions) {
    const at = registered.findIndex((a) => a.id === action.id);
    if (at >= 0) registered[at] = action;
    else registered.push(action);
  }
}

/**
 * The registered export actions, in the order they were registered.
 *
 * @returns the actions
 * @example
 * exportActions().map((a) => a.label); // => ["Export to Word", "Copy for Word"]
 */
export function exportActions(): readonly ExportAction[] {
  return registered;
}
