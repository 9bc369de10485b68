/**
 * Escapes text for XML and HTML, so a category named `<script>` or "Burglary & Theft" stays text in the
 * SVG charts and the clipboard HTML. The five characters with meaning in markup are replaced by their
 * entities (quotes too, so the result is also safe inside an attribute value).
 *
 * Missing values: "" gives "". Only strings are accepted; callers format numbers first.
 *
 * @param text the text to show
 * @returns the text with &, <, >, " and ' replaced by entities
 * @throws nothing
 * @example
 * escapeXml('<script>"a" & b'); // => "&lt;script&gt;&quot;a&quot; &amp; b"
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
