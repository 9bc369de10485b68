/**
 * The corpus of real files from other publishers and tools (test/fixtures/corpus, provenance in its
 * README), and the plain reader the corpus tests count with: independent of the toolkit's own CSV
 * scanner, so a count made with it checks the toolkit rather than repeating it.
 */
import { join } from "path";

/** The corpus folder. */
export const CORPUS = join(__dirname, "fixtures", "corpus");

/** A plain quote-aware split of one CSV line (the corpus files hold no line breaks inside fields). */
export function plainFields(line: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      cur += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (c === "," && !quoted) {
      out.push(cur);
      cur = "";
    } else cur += c;
  }
  return [...out, cur];
}
