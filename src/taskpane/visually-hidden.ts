/**
 * Text a screen reader reads but the page does not show (the .visually-hidden rule of styles.ts), such
 * as the name of a preview column with no heading or the row-number corner of the playground's sheet.
 * Its own file so the task pane's wizard and the playground's sheet view share it without the task
 * pane's bundle taking in the sheet view. The text goes in through textContent, never as HTML.
 *
 * @param text what the screen reader reads
 * @returns the span
 * @throws never
 * @example
 * th.append(visuallyHidden("Column C, no heading"));
 */
export function visuallyHidden(text: string): HTMLSpanElement {
  const span = document.createElement("span");
  span.className = "visually-hidden";
  span.textContent = text;
  return span;
}
