/**
 * The least any implementation of the SPC custom functions must do through Excel's interface, for
 * bench/spc.bench.ts to set the real calls beside (issue 13, item 3): copy the values out of their
 * one-cell rows, checking in the same pass that each is a finite number (Excel hands over whatever the
 * cells hold, and a function must not chart text as a number), make a few linear passes (the mean, the
 * mean moving range, and for the labels one pass for the rules), and allocate the spill Excel asks for.
 * No rebases, no screening, no messages.
 *
 * The pass for the rules (issue 13's review): a preset's labels cannot be had without looking at each
 * point against the limits and keeping the counts its run and trend rules need, but they need no more
 * than one pass if every rule is evaluated in it, so the floor has one such pass and not one per rule.
 * It keeps each point's side of the centre line, the length of the run and of the trend it ends, and its
 * place against the limits, and gives it one code; it marks no earlier points when a run reaches its
 * length and keeps no windows (2 of 3), so it is less than any preset needs. Before this pass the floor
 * made only the sides, a pass that judged no rule at all.
 */

/** The values of a column range, copied out of their rows and checked to be finite numbers as they are copied. */
function copyOut(range: readonly (readonly unknown[])[]): Float64Array {
  const values = new Float64Array(range.length);
  for (let i = 0; i < range.length; i++) {
    const value = range[i][0];
    if (typeof value !== "number" || value - value !== 0) throw new TypeError(`Point ${i + 1} is not a number.`);
    values[i] = value;
  }
  return values;
}

/** The mean and the limit width of an XmR chart: two linear passes. */
function meanAndWidth(values: Float64Array): { mean: number; width: number } {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i];
  let ranges = 0;
  for (let i = 1; i < values.length; i++) ranges += Math.abs(values[i] - values[i - 1]);
  return { mean: total / values.length, width: (2.66 * ranges) / (values.length - 1) };
}

/** The floor of CSP.SPC: copy, two passes, and the n x 3 spill of centre line and limits. */
export function spcFloor(range: readonly (readonly unknown[])[]): number[][] {
  const values = copyOut(range);
  const { mean, width } = meanAndWidth(values);
  const rows = new Array<number[]>(values.length);
  for (let i = 0; i < values.length; i++) rows[i] = [mean, mean - width, mean + width];
  return rows;
}

/** The floor's labels by code: outside the limits, a run (4 + its side), a trend. */
const LABELS = ["", "Above UCL", "Below LCL", "Run below", "", "Run above", "Trend up"];

/** The one pass for the rules: each point's code from its side, its run, its trend and the limits. */
function ruleCodes(values: Float64Array, mean: number, width: number): Int8Array {
  const codes = new Int8Array(values.length);
  let side = 0;
  let run = 0;
  let rise = 0;
  let fall = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const here = Number(value > mean) - Number(value < mean);
    run = here === side ? run + 1 : 1;
    side = here;
    const previous = i > 0 ? values[i - 1] : value;
    rise = (rise + 1) * Number(value > previous);
    fall = (fall + 1) * Number(value < previous);
    codes[i] =
      value > mean + width
        ? 1
        : value < mean - width
          ? 2
          : run >= 6 && here !== 0
            ? 4 + here
            : rise >= 5 || fall >= 5
              ? 6
              : 0;
  }
  return codes;
}

/** The floor of CSP.SPC.SIGNALS: copy, two passes for the limits, one for the rules, and the n x 1 spill of labels. */
export function signalsFloor(range: readonly (readonly unknown[])[]): string[][] {
  const values = copyOut(range);
  const { mean, width } = meanAndWidth(values);
  const codes = ruleCodes(values, mean, width);
  const rows = new Array<string[]>(values.length);
  for (let i = 0; i < values.length; i++) rows[i] = [LABELS[codes[i]]];
  return rows;
}
