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
  for (let i = 0; i < length; i++) {
    for (const rule of rules) {
      const mark = rule.marks[i];
      if (mark !== 0) {
        labels[i] = mark > 0 ? rule.high : rule.low;
        break;
      }
    }
  }
  return labels;
}
