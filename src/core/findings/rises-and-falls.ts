import { poissonChangeTest } from "../significance";
import type { Comparison } from "./comparison-of";
import { countWords } from "../change";

/** How many rises or falls a sentence names. */
const SHOWN = 3;

/**
 * The sentences naming the largest rises and falls among a table's rows, by number and by %: "The
 * largest rises by number were in Violence Against The Person (+1,443, from 3,390 to 4,833), ...". When
 * three or fewer rows fell, one sentence names them all ("The only falls were in ..."), as seed 2.6's
 * commentary does; with none, "None fell." is not written (no sentence about what did not happen
 * beyond the rises). A row whose change is not statistically significant at `level` (exact test for two
 * Poisson counts) is marked "within normal variation", so a +70% on small numbers is read as such.
 *
 * Ties are broken by the table's order. The % rankings use the unrounded change and leave out rows
 * whose earlier count is 0 (no %).
 *
 * Missing values: rows with N/A counts are not passed in (they have no comparison).
 *
 * @param items the comparable rows (leaf categories or the force's own areas, not totals)
 * @param level the significance level
 * @returns zero to four sentences
 * @throws never
 * @example
 * risesAndFalls(categoryRows, 0.05); // => ["The largest rises by number were in ...", "The largest rises by percentage were in ...", "The only falls were in ..."]
 */
export function risesAndFalls(items: readonly Comparison[], level: number): string[] {
  const rises = items.filter((i) => i.change > 0);
  const falls = items.filter((i) => i.change < 0);
  const sentences: string[] = [];
  const byNumber = (list: Comparison[]) => [...list].sort((a, b) => Math.abs(b.change) - Math.abs(a.change));
  const byPercent = (list: Comparison[]) =>
    list.filter((i) => i.ratio !== null).sort((a, b) => Math.abs(b.ratio as number) - Math.abs(a.ratio as number));
  if (rises.length > 0) {
    sentences.push(
      `The largest ${plural(rises, "rise")} by number ${were(rises)} in ${listOf(byNumber(rises), (i) => number(i, level))}.`,
    );
    const pct = byPercent(rises);
    if (pct.length > 0 && rises.length > 1)
      sentences.push(
        `The largest ${plural(pct, "rise")} by percentage ${were(pct)} in ${listOf(pct, (i) => percent(i, level))}.`,
      );
  }
  if (falls.length > 0 && falls.length <= SHOWN) {
    const only = falls.length === 1 ? "The only fall was" : "The only falls were";
    sentences.push(`${only} in ${listOf(byNumber(falls), (i) => both(i, level))}.`);
  } else if (falls.length > SHOWN) {
    sentences.push(`The largest falls by number were in ${listOf(byNumber(falls), (i) => number(i, level))}.`);
    const pct = byPercent(falls);
    if (pct.length > 0)
      sentences.push(
        `The largest ${plural(pct, "fall")} by percentage ${were(pct)} in ${listOf(pct, (i) => percent(i, level))}.`,
      );
  }
  return sentences;
}

function plural(list: readonly unknown[], noun: string): string {
  return Math.min(list.length, SHOWN) === 1 ? noun : `${noun}s`;
}

function were(list: readonly unknown[]): string {
  return Math.min(list.length, SHOWN) === 1 ? "was" : "were";
}

function listOf(list: Comparison[], words: (i: Comparison) => string): string {
  const shown = list.slice(0, SHOWN).map(words);
  return shown.length <= 1 ? shown.join("") : `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
}

function signed(value: number, text: string): string {
  return value > 0 ? `+${text}` : `-${text}`;
}

function fromTo(i: Comparison, level: number): string {
  const chance = poissonChangeTest(i.current, i.previous) < level ? "" : ", within normal variation";
  return `from ${countWords(i.previous)} to ${countWords(i.current)}${chance}`;
}

function number(i: Comparison, level: number): string {
  return `${i.label} (${signed(i.change, countWords(Math.abs(i.change)))}, ${fromTo(i, level)})`;
}

function percentText(i: Comparison): string {
  return i.percent === null ? "no %" : `${signed(i.change, Math.abs(i.percent).toFixed(1))}%`;
}

function percent(i: Comparison, level: number): string {
  return `${i.label} (${percentText(i)}, ${fromTo(i, level)})`;
}

function both(i: Comparison, level: number): string {
  const pct = i.percent === null ? "" : `, ${percentText(i)}`;
  return `${i.label} (${signed(i.change, countWords(Math.abs(i.change)))}${pct}, ${fromTo(i, level)})`;
}
