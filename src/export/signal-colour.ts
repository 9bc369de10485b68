/**
 * The colour a special-cause point is marked with on an SPC chart, one per kind of signal, the same in
 * the playground, the PNG in Word and the legend. ChartSeries carries no improvement direction, so the
 * colour says which rule fired (as the sheet's signal column does), not whether it is good or bad:
 * - outside the limits: red; a run on one side of the centre line: orange; a trend: purple;
 * - 2 of 3 / 4 of 5 near a limit: teal; too few crossings and any label not known here: brown.
 *
 * Missing values: "" (common cause) gives the colour of ordinary points.
 *
 * @param signal the point's special-cause label, such as "Above UCL" or "Run below"
 * @returns a CSS hex colour
 * @throws nothing
 * @example
 * signalColour("Above UCL"); // => "#c00000"
 * signalColour("");          // => "#1f4e79"
 */
export function signalColour(signal: string): string {
  if (signal === "") return COMMON_CAUSE;
  if (/UCL|LCL/.test(signal)) return "#c00000";
  if (/^Run/.test(signal)) return "#ed7d31";
  if (/^Trend/.test(signal)) return "#7030a0";
  if (/of [35]/.test(signal)) return "#00897b";
  return "#8d6e63";
}

/** Ordinary points and the data line: the dark blue of the house charts. */
const COMMON_CAUSE = "#1f4e79";
