import type { ChartSeries } from "../core/tables";
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

/** The plot area, how values and point numbers map into it, and the value ticks drawn (chosen once). */
interface Frame {
  left: number;
  right: number;
  top: number;
  bottom: number;
  count: number;
  low: number;
  high: number;
  ticks: number[];
}

/** The title, wrapped or shrunk to fit, and the legend entries placed in rows. */
interface Heading {
  title: { size: number; lines: string[] };
  legend: { x: number; y: number; item: LegendItem }[];
  /** The y below which the plot's top label may start. */
  bottom: number;
}

/** One key entry: its swatch drawn at x with its middle at y, and its words. */
interface LegendItem {
  swatch: (x: number, y: number) => string;
  text: string;
}

const LINE = "#595959";
const CENTRE = "#262626";
const LIMIT = "#7f7f7f";
const PAD = 8;
const TICK_SIZE = 11;
const MONTH_SIZE = 11;
const LEGEND_SIZE = 11;
const TITLE_SIZE = 15;

/**
 * A conservative width of a text in pixels: characters x font size x 0.68 (0.74 bold). DejaVu Sans, the
 * font the PNG is drawn in, averages about 0.6 em a character and its digits are 0.64 em, so no text is
 * drawn wider than this; Arial, in the browser, is narrower still.
 */
function textWidth(text: string, size: number, bold = false): number {
  return [...text].length * size * (bold ? 0.74 : 0.68);
}

/**
 * Draws one SPC chart as an SVG document, as the sheet's chart shows it: the monthly values as a line
 * with a point per month, the centre line, the upper and lower process limits dashed, every point coloured
 * as Making Data Count colours it (grey common cause, orange concern, blue improvement, purple neither; see
 * `signalColour`), special-cause points larger, month labels ("Oct 22") under the axis, value gridlines with
 * thousands separators, a legend and the title. It is laid out, not just drawn: every text's width is
 * estimated from its font size and length (`textWidth`, on the wide side), the left margin is as wide as the
 * widest value label, the title shrinks (to 10 px) or wraps to fit, the legend flows into as many rows as it
 * needs, month labels are thinned until they cannot touch, and the value ticks are chosen once for the range
 * plotted (counts step by whole numbers), so no text leaves the drawing or overlaps another. It is plain
 * string building (no DOM), so the same drawing is used in Node (the .docx from the command line), the task
 * pane and the tests. Lines step at a rebase: where the centre line or a limit changes value, its line
 * breaks, so each group of limits is drawn on its own.
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
  const heading = headingOf(series, width);
  const frame = frameOf(series, width, height, heading.bottom);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(font)}">`,
    `<title>${escapeXml(series.title)}</title>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    titleText(heading, width),
    valueAxis(frame),
    monthAxis(series.months, frame),
    stepLine(series.upperLimit, frame, LIMIT, "limit", true),
    stepLine(series.lowerLimit, frame, LIMIT, "limit", true),
    stepLine(series.centreLine, frame, CENTRE, "centre", false),
    dataLine(series.values, frame),
    points(series, frame),
    legend(heading),
    series.values.length === 0
      ? `<text x="${width / 2}" y="${(frame.top + frame.bottom) / 2}" text-anchor="middle" font-size="14" fill="#7f7f7f">No data</text>`
      : "",
    "</svg>",
  ];
  return parts.filter((part) => part !== "").join("\n");
}

/** The title's size and lines, and the legend's rows, from the top of the drawing down. */
function headingOf(series: ChartSeries, width: number): Heading {
  const room = width - 2 * PAD;
  const fit = Math.floor(room / Math.max(1, textWidth(series.title, 1, true)));
  const size = Math.max(10, Math.min(TITLE_SIZE, fit));
  const lines = wrapped(series.title, size, room);
  let y = PAD + lines.length * (size + 4) + 6;
  const placed: Heading["legend"] = [];
  let x = PAD;
  for (const item of legendItems(series)) {
    const w = 22 + textWidth(item.text, LEGEND_SIZE);
    if (x > PAD && x + w > width - PAD) {
      x = PAD;
      y += 16;
    }
    placed.push({ x, y: y + LEGEND_SIZE, item });
    x += w + 16;
  }
  return { title: { size, lines }, legend: placed, bottom: y + LEGEND_SIZE + 8 };
}

/** Words into lines no wider than `room` at `size` (bold); a word longer than a line is a line of its own. */
function wrapped(text: string, size: number, room: number): string[] {
  if (textWidth(text, size, true) <= room) return [text];
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const last = lines[lines.length - 1];
    if (last !== undefined && textWidth(`${last} ${word}`, size, true) <= room)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function titleText(heading: Heading, width: number): string {
  const { size, lines } = heading.title;
  return lines
    .map(
      (line, k) =>
        `<text x="${width / 2}" y="${PAD + size + k * (size + 4)}" text-anchor="middle" font-size="${size}" font-weight="bold" fill="#000000">${escapeXml(line)}</text>`,
    )
    .join("\n");
}

/** The plot area: below the heading (room for the top value label), left of it the widest value label. */
function frameOf(series: ChartSeries, width: number, height: number, headingBottom: number): Frame {
  const all = [...series.values, ...series.centreLine, ...series.lowerLimit, ...series.upperLimit].filter(
    Number.isFinite,
  );
  const counts = all.length > 0 && series.values.every((v) => !Number.isFinite(v) || (Number.isInteger(v) && v >= 0));
  const ticks = all.length === 0 ? [0, 1] : niceTicks(Math.min(...all), Math.max(...all), 5, counts ? 1 : 0);
  const widest = Math.max(...ticks.map((t) => textWidth(tickLabel(t), TICK_SIZE)));
  return {
    left: Math.ceil(PAD + widest + 8),
    right: width - 24,
    top: headingBottom + TICK_SIZE,
    bottom: height - 40,
    count: series.values.length,
    low: ticks[0],
    high: ticks[ticks.length - 1],
    ticks,
  };
}

/** A tick's value in the house style: thousands separated ("16,000"), decimals only where the step has them. */
function tickLabel(tick: number): string {
  const [whole, fraction] = String(Math.abs(tick)).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${tick < 0 ? "-" : ""}${grouped}${fraction ? `.${fraction}` : ""}`;
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
  const lines = frame.ticks.map((tick) => {
    const y = yOf(tick, frame);
    return (
      `<line x1="${frame.left}" y1="${y}" x2="${frame.right}" y2="${y}" stroke="#e0e0e0" stroke-width="1"/>` +
      `<text x="${frame.left - 6}" y="${y + 4}" text-anchor="end" font-size="${TICK_SIZE}" fill="#404040">${tickLabel(tick)}</text>`
    );
  });
  const box = `<rect x="${frame.left}" y="${frame.top}" width="${frame.right - frame.left}" height="${frame.bottom - frame.top}" fill="none" stroke="#a0a0a0" stroke-width="1"/>`;
  return `<g class="value-axis">${lines.join("")}${box}</g>`;
}

/** Month labels under the axis: every month when they fit, otherwise every 2nd, 3rd... one, never touching. */
function monthAxis(months: string[], frame: Frame): string {
  const band = (frame.right - frame.left) / Math.max(months.length, 1);
  const widest = Math.max(0, ...months.map((key) => textWidth(chartMonthLabel(key), MONTH_SIZE)));
  const every = Math.max(1, Math.ceil((widest + 8) / band));
  const labels = months.map((key, i) => {
    if (i % every !== 0) return "";
    const x = xOf(i, frame);
    return (
      `<line x1="${x}" y1="${frame.bottom}" x2="${x}" y2="${frame.bottom + 4}" stroke="#a0a0a0"/>` +
      `<text x="${x}" y="${frame.bottom + 20}" text-anchor="middle" font-size="${MONTH_SIZE}" fill="#404040">${escapeXml(chartMonthLabel(key))}</text>`
    );
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

/** A point per month in its Making Data Count colour; special-cause points larger. */
function points(series: ChartSeries, frame: Frame): string {
  const improvement = series.improvement ?? "DOWN";
  const marks = series.values.map((value, i) => {
    if (!Number.isFinite(value)) return "";
    const signal = series.signals[i] ?? "";
    const radius = signal === "" ? 3 : 5;
    const label = signal === "" ? "" : ` data-signal="${escapeXml(signal)}"`;
    const colour = signalColour(signal, improvement, value, series.centreLine[i]);
    return `<circle cx="${xOf(i, frame)}" cy="${yOf(value, frame)}" r="${radius}" fill="${colour}" stroke="#ffffff" stroke-width="1"${label}/>`;
  });
  return `<g class="points">${marks.join("")}</g>`;
}

/** The key under the title, in the rows `headingOf` placed it in. */
function legend(heading: Heading): string {
  const placed = heading.legend.map(({ x, y, item }) => {
    return (
      item.swatch(x, y - 4) +
      `<text x="${x + 22}" y="${y}" font-size="${LEGEND_SIZE}" fill="#404040">${escapeXml(item.text)}</text>`
    );
  });
  return `<g class="legend">${placed.join("")}</g>`;
}

/** The lines, then the kinds of special cause present, in MDC's words and colours. */
function legendItems(series: ChartSeries): LegendItem[] {
  const line =
    (colour: string, width: number, dash = "") =>
    (x: number, y: number) =>
      `<line x1="${x}" y1="${y}" x2="${x + 18}" y2="${y}" stroke="${colour}" stroke-width="${width}"${dash}/>`;
  const improvement = series.improvement ?? "DOWN";
  const kinds = new Map<string, string>();
  series.signals.forEach((signal, i) => {
    if (signal === "") return;
    const colour = signalColour(signal, improvement, series.values[i], series.centreLine[i]);
    kinds.set(
      colour,
      colour === signalColour("Above UCL", "NEITHER")
        ? "Special cause neither"
        : colour === signalColour("Above UCL", "UP")
          ? "Special cause improvement"
          : "Special cause concern",
    );
  });
  return [
    { swatch: line(LINE, 2), text: "Monthly value" },
    { swatch: line(CENTRE, 1.5), text: "Centre line" },
    { swatch: line(LIMIT, 1.5, ` stroke-dasharray="6 4"`), text: "Process limits" },
    ...[...kinds].map(([colour, text]) => ({
      swatch: (x: number, y: number) =>
        `<rect x="${x + 4}" y="${y - 5}" width="10" height="10" rx="5" fill="${colour}"/>`,
      text,
    })),
  ];
}
