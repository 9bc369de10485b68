/**
 * The task pane's look: Fluent-like (Office's colours, 4px grid, Segoe UI where the system has it),
 * with no web fonts and no network. Installed as a <style> element's text, so the page needs no CSS
 * loader.
 */
const CSS = `
:root { --brand: #0f6cbd; --brand-dark: #115ea3; --text: #242424; --muted: #616161; --line: #d1d1d1; --bg: #ffffff; --soft: #f5f5f5; --error: #b10e1c; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.43 "Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", sans-serif; color: var(--text); background: var(--bg); }
h1 { font-size: 20px; font-weight: 600; margin: 0; }
h2 { font-size: 16px; font-weight: 600; margin: 0 0 8px; }
h3 { font-size: 14px; font-weight: 600; margin: 12px 0 4px; }
.pane-header { padding: 12px 16px; border-bottom: 1px solid var(--line); }
.subtitle { margin: 4px 0 0; color: var(--muted); font-size: 12px; }
.step { padding: 12px 16px; border-bottom: 1px solid var(--line); }
.field { margin: 8px 0; display: flex; flex-direction: column; gap: 4px; }
label { font-weight: 600; font-size: 13px; }
label.check { font-weight: 400; display: block; margin: 4px 0; }
.hint { color: var(--muted); font-size: 12px; }
.question { margin: 8px 0; padding: 8px; border: 1px solid var(--line); border-radius: 4px; }
.question p { margin: 0 0 6px; }
select, input[type=text] { font: inherit; padding: 5px 8px; border: 1px solid var(--line); border-bottom-color: #616161; border-radius: 4px; background: #fff; min-height: 32px; }
button { font: inherit; font-weight: 600; padding: 5px 12px; min-height: 32px; border-radius: 4px; border: 1px solid var(--line); background: #fff; color: var(--text); cursor: pointer; margin: 8px 8px 0 0; }
button.primary { background: var(--brand); border-color: var(--brand); color: #fff; }
button.primary:hover { background: var(--brand-dark); }
button:disabled { background: #f0f0f0; color: #bdbdbd; border-color: #e0e0e0; cursor: default; }
:focus-visible { outline: 2px solid #000; outline-offset: 2px; }
fieldset { border: 1px solid var(--line); border-radius: 4px; margin: 8px 0; padding: 8px 12px; }
legend { font-weight: 600; font-size: 13px; }
progress { width: 100%; height: 4px; accent-color: var(--brand); }
.progress-text { color: var(--muted); font-size: 12px; }
.status { padding: 8px 16px; color: var(--muted); min-height: 1em; }
.error { padding: 0 16px 8px; color: var(--error); font-weight: 600; }
.error:empty { display: none; }
.results { list-style: none; padding: 0; margin: 0 0 4px; }
.results li { margin: 4px 0; }
.results li.made { display: flex; gap: 8px; align-items: baseline; }
.results li.made label { font-weight: 400; }
.results li.skipped { color: var(--muted); }
.grid { border-collapse: collapse; font-size: 12px; }
.grid th, .grid td { border: 1px solid #e0e0e0; padding: 2px 6px; white-space: nowrap; text-align: left; }
.grid th { background: var(--soft); font-weight: 600; }
.preview { overflow: auto; max-height: 220px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
`;

/**
 * Adds the task pane's style sheet to a document.
 *
 * @param doc the document
 * @returns nothing
 */
export function installStyles(doc: Document, extra = ""): void {
  const style = doc.createElement("style");
  style.textContent = CSS + extra;
  doc.head.append(style);
}
