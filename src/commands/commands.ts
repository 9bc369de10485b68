/*
 * Ribbon commands. The manifest's only button opens the task pane (ShowTaskpane), which needs no code;
 * this module is where ExecuteFunction commands are associated once the manifest declares any.
 * It runs in the shared runtime, loaded by taskpane.html.
 */
Office.onReady(() => {
  // No ExecuteFunction commands yet: nothing to associate.
});
