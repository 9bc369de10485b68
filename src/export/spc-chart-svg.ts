import type { ChartSeries } from "../core/tables/table-model";
import { chartMonthLabel } from "./chart-month-label";
import { niceTicks } from "./nice-ticks";
import { signalColour } from "./signal-colour";
import { escapeXml } from "./xml-escape";

/** Size and font of a chart drawing. */
export interface ChartSvgOptions {
  /** Width in pixels (default 720: 19 cm at 96 dpi, the width of a portrait page's text). */
  width?: number;
  /** Height in pixels (default 380). */
  height?: number;
  /** CSS font-family list (default "DejaVu Sans, Arial, sans-serif": the font the PNG renderer carries). */
  fontFamily?: string;
}

/** The plot area and how values and point numbers map into it. */
interface Frame {
  left: number; right: number; top: number; bottom: number;
  count: number; low: number; high: number;
}

const LINE = "#1f4e79";
const CENTRE = "#404040";
const LIMIT = "#7f7f7f";

/**
 * Draws one SPC chart as an SVG document, as the sheet's chart shows it: the monthly values as a line
 * with a point per month, the centre line, the upper and lower process limits dashed, special-cause points
 * larger and coloured by signal (see `signalColour`), month labels ("Oct 22") under the axis, value
 * gridlines, a legend and the title. It is plain string building (no DOM), so the same drawing is used in
 * Node (the .docx from the command line), the task pane and the tests. Lines step at a rebase: where the
 * centre line or a limit changes value, its line breaks, so each group of limits is drawn on its own.
 *
 * Missing values: a non-finite value, centre line or limit (NaN, from a month with no limits yet) is left
 * out: no point is drawn and the line breaks there. An empty series gives axes and "No data".
 *
 * @param series the monthly series with its SPC lines and signals, as a TableModel carries it
 * @param options width, height and font of the drawing
 * @returns the SVG document as a string; every text in it is XML-escaped
 * @throws nothing
 * @example
 * spcChartSvg({ title: "Violent crime, Maidstone", months: ["2017-09", "2017-10"], values: [500, 588],
 *   centreLine: [544, 544], lowerLimit: [400, 400], upperLimit: [688, 688], signals: ["", ""] });
 * // => '<svg xmlns="http://www.w3.org/2000/svg" width="720" height="380" ...'
 */
export function spcChartSvg(series: ChartSeries, options: ChartSvgOptions = {}): string {
  const width = options.width ?? 720;
  const height = options.height ?? 380;
  const font = options.fontFamily ?? "DejaVu Sans, Arial, sans-serif";
  const frame = frameOf(series, width, height);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(font)}">`,
    `<title>${escapeXml(series.title)}</title>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${width / 2}" y="22" text-anchor="middle" font-size="15" font-weight="bold" fill="#000000">${escapeXml(series.title)}</text>`,
    valueAxis(frame),
    monthAxis(series.months, frame),
    stepLine(series.upperLimit, frame, LIMIT, "limit", true),
    stepLine(series.lowerLimit, frame, LIMIT, "limit", true),
    stepLine(series.centreLine, frame, CENTRE, "centre", false),
    dataLine(series.values, frame),
    points(series, frame),
    legend(series.signals, frame),
    series.values.length === 0 ? `<text x="${width / 2}" y="${(frame.top + frame.bottom) / 2}" text-anchor="middle" font-size="14" fill="#7f7f7f">No data</text>` : "",
    "</svg>",
  ];
  return parts.filter((part) => part !== "").join("\n");
}

/** The plot area, leaving room for the title and legend above and month labels below. */
function frameOf(series: ChartSeries, width: number, height: number): Frame {
  const all = [...series.values, ...series.centreLine, ...series.lowerLimit, ...series.upperLimit].filter(Number.isFinite);
  const ticks = niceTicks(Math.min(...all), Math.max(...all));
  const legendRows = Math.ceil(legendItems(series.signals).length / LEGEND_PER_ROW);
  return {
    left: 64, right: width - 16, top: 48 + legendRows * 16, bottom: height - 48,
    count: series.values.length, low: ticks[0], high: ticks[ticks.length - 1],
  };
}

/** The x of point i: the middle of its band, so a step line can reach half a band either side. */
function xOf(i: number, frame: Frame): number {
  return round(frame.left + ((i + 0.5) * (frame.right - frame.left)) / Math.max(frame.count, 1));
}

function yOf(value: number, frame: Frame): number {
  return round(frame.bottom - ((value - frame.low) / (frame.high - frame.low)) * (frame.bottom - frame.top));
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Gridlines with their values on the left, and the plot's frame. */
function valueAxis(frame: Frame): string {
  const lines = niceTicks(frame.low, frame.high).map((tick) => {
    const y = yOf(tick, frame);
    return `<line x1="${frame.left}" y1="${y}" x2="${frame.right}" y2="${y}" stroke="#e0e0e0" stroke-width="1"/>` +
      `<text x="${frame.left - 6}" y="${y + 4}" text-anchor="end" font-size="11" fill="#404040">${tick}</text>`;
  });
  const box = `<rect x="${frame.left}" y="${frame.top}" width="${frame.right - frame.left}" height="${frame.bottom - frame.top}" fill="none" stroke="#a0a0a0" stroke-width="1"/>`;
  return `<g class="value-axis">${lines.join("")}${box}</g>`;
}

/** Month labels under the axis: every month when they fit, otherwise every 2nd, 3rd... one. */
function monthAxis(months: string[], frame: Frame): string {
  const every = Math.max(1, Math.ceil(months.length / Math.floor((frame.right - frame.left) / 48)));
  const labels = months.map((key, i) => {
    if (i % every !== 0) return "";
    const x = xOf(i, frame);
    return `<line x1="${x}" y1="${frame.bottom}" x2="${x}" y2="${frame.bottom + 4}" stroke="#a0a0a0"/>` +
      `<text x="${x}" y="${frame.bottom + 17}" text-anchor="middle" font-size="11" fill="#404040">${escapeXml(chartMonthLabel(key))}</text>`;
  });
  return `<g class="month-axis">${labels.join("")}</g>`;
}

/**
 * A centre line or limit: horizontal across each run of equal values, half a band beyond its first and
 * last point, broken where the value changes (a rebase) or is missing.
 */
function stepLine(values: number[], frame: Frame, colour: string, kind: string, dashed: boolean): string {
  const half = (frame.right - frame.left) / Math.max(frame.count, 1) / 2;
  const segments: string[] = [];
  for (let start = 0; start < values.length; ) {
    let end = start;
    while (end + 1 < values.length && values[end + 1] === values[start]) end++;
    if (Number.isFinite(values[start])) {
      const y = yOf(values[start], frame);
      segments.push(`M${round(xOf(start, frame) - half)} ${y}H${round(xOf(end, frame) + half)}`);
    }
    start = end + 1;
  }
  if (segments.length === 0) return "";
  const dash = dashed ? ` stroke-dasharray="6 4"` : "";
  return `<path class="${kind}" d="${segments.join("")}" fill="none" stroke="${colour}" stroke-width="1.5"${dash}/>`;
}

/** The monthly values joined point to point, broken at a missing value. */
function dataLine(values: number[], frame: Frame): string {
  let d = "";
  let drawing = false;
  values.forEach((value, i) => {
    if (!Number.isFinite(value)) {
      drawing = false;
      return;
    }
    d += `${drawing ? "L" : "M"}${xOf(i, frame)} ${yOf(value, frame)}`;
    drawing = true;
  });
  return d === "" ? "" : `<path class="values" d="${d}" fill="none" stroke="${LINE}" stroke-width="2"/>`;
}

/** A point per month; special-cause points larger and in their signal's colour. */
function points(series: ChartSeries, frame: Frame): string {
  const marks = series.values.map((value, i) => {
    if (!Number.isFinite(value)) return "";
    const signal = series.signals[i] ?? "";
    const radius = signal === "" ? 3 : 5;
    const label = signal === "" ? "" : ` data-signal="${escapeXml(signal)}"`;
    return `<circle cx="${xOf(i, frame)}" cy="${yOf(value, frame)}" r="${radius}" fill="${signalColour(signal)}" stroke="#ffffff" stroke-width="1"${label}/>`;
  });
  return `<g class="points">${marks.join("")}</g>`;
}

const LEGEND_PER_ROW = 5;

/** The key above the plot, five entries a row: the lines, then each signal present in the series. */
function legend(signals: string[], frame: Frame): string {
  const placed = legendItems(signals).map((item, i) => {
    const x = frame.left + (i % LEGEND_PER_ROW) * 128;
    const y = 42 + Math.floor(i / LEGEND_PER_ROW) * 16;
    return `<g transform="translate(${x} ${y})">${item}</g>`;
  });
  return `<g class="legend" font-size="11" fill="#404040">${placed.join("")}</g>`;
}

function legendItems(signals: string[]): string[] {
  const present = [...new Set(signals.filter((s) => s !== ""))];
  return [
    `<line x1="0" y1="0" x2="18" y2="0" stroke="${LINE}" stroke-width="2"/><text x="22" y="4">Monthly value</text>`,
    `<line x1="0" y1="0" x2="18" y2="0" stroke="${CENTRE}" stroke-width="1.5"/><text x="22" y="4">Centre line</text>`,
    `<line x1="0" y1="0" x2="18" y2="0" stroke="${LIMIT}" stroke-width="1.5" stroke-dasharray="6 4"/><text x="22" y="4">Process limits</text>`,
    ...present.map((s) => `<rect x="5" y="-4" width="8" height="8" fill="${signalColour(s)}"/><text x="22" y="4">${escapeXml(s)}</text>`),
  ];
}
