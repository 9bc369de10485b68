/**
 * The least any implementation of the SPC custom functions must do through Excel's interface, for
 * bench/spc.bench.ts to set the real calls beside (issue 13, item 3): copy the values out of their
 * one-cell rows, make a few linear passes (the mean, the mean moving range, each point's side of the
 * centre line for the run rules), and allocate the spill Excel asks for. No checks, no rules, no groups.
 */

/** The values of a column range, copied out of their rows. */
function copyOut(range: readonly (readonly unknown[])[]): Float64Array {
  const values = new Float64Array(range.length);
  for (let i = 0; i < range.length; i++) values[i] = range[i][0] as number;
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

const LABELS = ["Run below", "", "Run above"];

/** The floor of CSP.SPC.SIGNALS: copy, two passes, one pass of sides, and the n x 1 spill of labels. */
export function signalsFloor(range: readonly (readonly unknown[])[]): string[][] {
  const values = copyOut(range);
  const { mean } = meanAndWidth(values);
  const sides = new Int8Array(values.length);
  for (let i = 0; i < values.length; i++) sides[i] = Number(values[i] > mean) - Number(values[i] < mean);
  const rows = new Array<string[]>(values.length);
  for (let i = 0; i < values.length; i++) rows[i] = [LABELS[sides[i] + 1]];
  return rows;
}
