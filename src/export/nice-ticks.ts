/**
 * Round-number tick marks for a chart's value axis, the steps a person would choose (1, 2 or 5 times a
 * power of ten), so the gridlines of an SPC chart read 0, 50, 100 rather than 0, 47.3, 94.6. This is the
 * usual "nice numbers" method (Heckbert, Graphics Gems, 1990).
 *
 * Missing values: a non-finite `low` or `high` gives the ticks 0 and 1 (an empty chart still has an axis).
 *
 * @param low the lowest value to show
 * @param high the highest value to show
 * @param wanted about how many intervals to make (default 5)
 * @param minStep the smallest step allowed (default 0; 1 for counts, so a count axis never reads 0.5)
 * @returns ascending tick values covering [low, high]; the first is <= low and the last >= high
 * @throws nothing
 * @example
 * niceTicks(3, 97); // => [0, 20, 40, 60, 80, 100]
 * niceTicks(0, 2, 5, 1); // => [0, 1, 2]
 */
export function niceTicks(low: number, high: number, wanted = 5, minStep = 0): number[] {
  if (!Number.isFinite(low) || !Number.isFinite(high)) return [0, 1];
  if (high < low) [low, high] = [high, low];
  if (high === low) [low, high] = [low - 1, high + 1];
  const step = Math.max(niceStep((high - low) / wanted), minStep);
  let first = Math.floor(low / step) * step;
  if (first > low) first -= step; // low / step can underflow to 0 for a tiny negative low
  // The tolerance keeps floating-point dust (0.30000000000000004 / 0.1) from adding a tick; but a high
  // end beyond the last tick by more than dust of its own size (1e-9 relative) still gets one more.
  let intervals = Math.max(1, Math.ceil((high - first) / step - 1e-9));
  if (roundTo(first + intervals * step, step) < high - 1e-9 * Math.max(1, Math.abs(high))) intervals++;
  const ticks: number[] = [];
  for (let k = 0; k <= intervals; k++) ticks.push(roundTo(first + k * step, step));
  return ticks;
}

/** The 1, 2 or 5 x 10^k at or above a raw step. */
function niceStep(raw: number): number {
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/** Removes the floating-point dust that repeated addition leaves (0.30000000000000004). */
function roundTo(value: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  return Number(value.toFixed(decimals));
}
