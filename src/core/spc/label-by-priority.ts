import type { Marks, SpcSignal } from "./types";

/** One rule's marks with the labels of its high (+1) and low (-1) points. */
export interface LabelledMarks {
  marks: Marks;
  high: SpcSignal;
  low: SpcSignal;
}

/**
 * Gives each point one label: the label of the first rule, in priority order, that marked it. The
 * issue's order (NHSRplotthedots' order too) is outside limits > trend > 2 of 3 > shift, so a point in a
 * trend and a run is reported as the trend; an unmarked point is common cause, "".
 *
 * Missing values: none; marks are 0, +1 or -1.
 *
 * @param length the number of points
 * @param rules the rules' marks, highest priority first
 * @returns one label per point
 * @throws never
 * @example
 * // outside marks [0, 1, 0], shift marks [1, 1, 1] => ["Run above", "Above UCL", "Run above"]
 */
export function labelByPriority(length: number, rules: readonly LabelledMarks[]): SpcSignal[] {
  const labels = new Array<SpcSignal>(length).fill("");
  // Lowest priority first, each rule overwriting what it marks, so the highest-priority mark is the one
  // left: rule by rule rather than point by point over the rules, each rule's fields are read once and
  // the inner loop scans a single Int8Array.
  for (let r = rules.length - 1; r >= 0; r--) {
    const { marks, high, low } = rules[r];
    for (let i = 0; i < length; i++) {
      if (marks[i] !== 0) labels[i] = marks[i] > 0 ? high : low;
    }
  }
  return labels;
}
