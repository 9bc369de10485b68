import { percentChange } from "../change";
import type { TableCell } from "./table-model";
import type { TableNotes } from "./table-notes";

/**
 * The number change and % change cells from `previous` to `current`, each N/A with a footnote when it
 * cannot be worked out: the number change is `current - previous`, the % change is `percentChange`
 * (rounded to one decimal like Excel's ROUND).
 *
 * Missing values: a null count (a period the data do not cover) makes both changes N/A with the
 * `missing` marker; a previous count of 0 makes the % change N/A with its own note.
 *
 * @param current the later period's count, or null
 * @param previous the earlier period's count, or null
 * @param missing the sentence explaining a null count (its marker is added to the notes when needed)
 * @param notes the table's notes
 * @returns the number change cell and the % change cell
 * @example
 * changeCells(11890, 9245, "The data start in Apr 2017.", notes); // => [{ kind: "change", value: 2645 }, { kind: "percentChange", value: 28.6 }]
 */
export function changeCells(
  current: number | null,
  previous: number | null,
  missing: string,
  notes: TableNotes,
): TableCell[] {
  if (current === null || previous === null) {
    const marker = notes.mark(missing);
    return [
      { kind: "change", value: null, footnote: marker },
      { kind: "percentChange", value: null, footnote: marker },
    ];
  }
  const pct = percentChange(current, previous);
  const fromZero =
    pct === null ? notes.mark("There were none in the earlier period, so there is no percentage change.") : undefined;
  return [
    { kind: "change", value: current - previous },
    pct === null ? { kind: "percentChange", value: null, footnote: fromZero } : { kind: "percentChange", value: pct },
  ];
}
