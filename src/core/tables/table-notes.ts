/** Footnote markers in the order notes are first needed. */
const MARKERS = ["*", "†", "‡", "§", "¶"];

/**
 * The notes of one table being built, each explaining a footnote marker. Recipes ask for the marker of
 * an explanation as they meet each N/A cell; the same explanation always gets the same marker, so a
 * table with many N/A cells for one reason has one note.
 */
export class TableNotes {
  private readonly marked = new Map<string, string>();
  private readonly plain: string[] = [];

  /**
   * The marker for an explanation, adding the note "* explanation" the first time.
   * @param explanation why a value is not available, as a sentence
   * @returns the marker, such as "*"
   */
  mark(explanation: string): string {
    const known = this.marked.get(explanation);
    if (known) return known;
    const marker = MARKERS[this.marked.size] ?? `(${this.marked.size + 1})`;
    this.marked.set(explanation, marker);
    return marker;
  }

  /** Adds a note without a marker (a caveat about the whole table). Repeats are ignored. */
  add(note: string): void {
    if (!this.plain.includes(note)) this.plain.push(note);
  }

  /** The notes in order: marked explanations first, then caveats. */
  list(): string[] {
    return [...[...this.marked].map(([text, marker]) => `${marker} ${text}`), ...this.plain];
  }
}
