import type { ChartSeries } from "../core/tables";
import { signalColour } from "../export";
import { parseMonth } from "../core/periods";
import { monthToExcelSerial } from "../core/periods";
import { absoluteReference, formatAddress } from "../excel";
import type { CellValue, LineChartSpec } from "../excel";

/**
 * How the SPC series of a table become line charts on one sheet, as small multiples: a title row,
 * the charts two to a row, and under them one block of chart data (the months once, then for each
 * series its counts, centre line, limits and special-cause points). A special-cause point is the
 * count where the SPC engine flagged a signal and a blank elsewhere: Excel leaves blanks out of a
 * line chart, so the marker-only series shows just the flagged months. The points are split as Making
 * Data Count colours them (`signalColour`, the same as the Word and playground charts): "Special cause
 * concern" (orange) and "Special cause improvement" (blue), or "Special cause neither" (purple) for a
 * series with no better direction; the count line and common-cause points are MDC's grey.
 */

export interface ChartSheetPlan {
  title: CellValue[][];
  /** The chart data block and where it starts. */
  dataTopLeft: string;
  data: CellValue[][];
  /** The month column, to be formatted as "mmm yyyy". */
  monthAddress: string;
  charts: LineChartSpec[];
}

const CHART_COLUMNS = 8;
const CHART_ROWS = 16;
const CHART_COLOURS = { count: "#595959", centre: "#262626", limit: "#7F7F7F" };

/** The marker-only series of a chart: MDC's kinds of special cause, each with its colour. */
function markerKinds(
  series: ChartSeries,
): { name: string; colour: string; test: (signal: string, m: number) => boolean }[] {
  const direction = series.improvement ?? "DOWN";
  const colourOf = (signal: string, m: number) =>
    signalColour(signal, direction, series.values[m], series.centreLine[m]);
  const kind = (name: string, colour: string) => ({
    name,
    colour: colour.toUpperCase(),
    test: (signal: string, m: number) => signal !== "" && colourOf(signal, m) === colour,
  });
  if (direction === "NEITHER") return [kind("Special cause neither", signalColour("Above UCL", "NEITHER"))];
  return [
    kind("Special cause concern", signalColour("Above UCL", "DOWN")),
    kind("Special cause improvement", signalColour("Below LCL", "DOWN")),
  ];
}

/**
 * Plans the chart sheet for some SPC series that share their months (as `spc-series` makes them).
 *
 * Missing values: a NaN limit or centre line (a series too short for limits) is written blank.
 *
 * @param sheet the chart sheet's name
 * @param title the sheet's title
 * @param series the series
 * @returns the cells to write and the charts to add
 * @throws {RangeError} when there are no series
 * @example
 * chartSheetPlan("SPC charts", "Monthly SPC charts, Torfaen", table.charts!).charts.length; // => 2
 */
export function chartSheetPlan(sheet: string, title: string, series: ChartSeries[]): ChartSheetPlan {
  if (series.length === 0) throw new RangeError("There are no SPC series to chart.");
  const months = series[0].months;
  const dataRow = 2 + Math.ceil(series.length / 2) * (CHART_ROWS + 1) + 1; // 0-based row of the data header
  const kinds = series.map(markerKinds);
  const header: CellValue[] = ["Month"];
  series.forEach((s, i) =>
    header.push(`${s.title}: count`, "Centre line", "Lower limit", "Upper limit", ...kinds[i].map((k) => k.name)),
  );
  const body = months.map((key, m) => {
    const row: CellValue[] = [monthToExcelSerial(parseMonth(key))];
    series.forEach((s, i) => {
      row.push(s.values[m], blankIfNaN(s.centreLine[m]), blankIfNaN(s.lowerLimit[m]), blankIfNaN(s.upperLimit[m]));
      for (const k of kinds[i]) row.push(k.test(s.signals[m], m) ? s.values[m] : "");
    });
    return row;
  });
  const column = (c: number) =>
    absoluteReference(sheet, { row: dataRow + 1, column: c, rows: months.length, columns: 1 });
  let next = 1;
  const charts = series.map((s, i): LineChartSpec => {
    const base = next;
    next += 4 + kinds[i].length;
    return {
      sheet,
      title: s.title,
      categories: column(0),
      series: [
        { name: "Count", values: column(base), color: CHART_COLOURS.count },
        { name: "Centre line", values: column(base + 1), color: CHART_COLOURS.centre },
        { name: "Lower limit", values: column(base + 2), color: CHART_COLOURS.limit, dashed: true },
        { name: "Upper limit", values: column(base + 3), color: CHART_COLOURS.limit, dashed: true },
        ...kinds[i].map((k, j) => ({ name: k.name, values: column(base + 4 + j), color: k.colour, markersOnly: true })),
      ],
      anchor: formatAddress({
        row: 2 + Math.floor(i / 2) * (CHART_ROWS + 1),
        column: (i % 2) * (CHART_COLUMNS + 1),
        rows: 1,
        columns: 1,
      }),
      widthColumns: CHART_COLUMNS,
      heightRows: CHART_ROWS,
    };
  });
  return {
    title: [[title]],
    dataTopLeft: formatAddress({ row: dataRow, column: 0, rows: 1, columns: 1 }),
    data: [header, ...body],
    monthAddress: formatAddress({ row: dataRow + 1, column: 0, rows: months.length, columns: 1 }),
    charts,
  };
}

function blankIfNaN(value: number | undefined): CellValue {
  return value === undefined || !Number.isFinite(value) ? "" : value;
}
