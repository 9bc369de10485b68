import type { ChartSeries } from "../core/tables/table-model";
import { parseMonth } from "../core/periods/parse-month";
import { monthToExcelSerial } from "../core/periods/month-to-excel-serial";
import { absoluteReference, formatAddress } from "../excel/a1";
import type { CellValue, LineChartSpec } from "../excel/workbook-port";

/**
 * How the SPC series of a table become line charts on one sheet, as small multiples: a title row,
 * the charts two to a row, and under them one block of chart data (the months once, then for each
 * series its counts, centre line, limits and special-cause points). A special-cause point is the
 * count where the SPC engine flagged a signal and a blank elsewhere: Excel leaves blanks out of a
 * line chart, so the marker-only series shows just the flagged months.
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
const PER_SERIES = 5;
const CHART_COLOURS = { count: "#1F4E79", centre: "#404040", limit: "#7F7F7F", special: "#C00000" };

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
  const header: CellValue[] = ["Month"];
  for (const s of series) header.push(`${s.title}: count`, "Centre line", "Lower limit", "Upper limit", "Special cause");
  const body = months.map((key, m) => {
    const row: CellValue[] = [monthToExcelSerial(parseMonth(key))];
    for (const s of series) row.push(s.values[m], blankIfNaN(s.centreLine[m]), blankIfNaN(s.lowerLimit[m]), blankIfNaN(s.upperLimit[m]), s.signals[m] ? s.values[m] : "");
    return row;
  });
  const column = (c: number) => absoluteReference(sheet, { row: dataRow + 1, column: c, rows: months.length, columns: 1 });
  const charts = series.map((s, i): LineChartSpec => {
    const base = 1 + i * PER_SERIES;
    return {
      sheet,
      title: s.title,
      categories: column(0),
      series: [
        { name: "Count", values: column(base), color: CHART_COLOURS.count },
        { name: "Centre line", values: column(base + 1), color: CHART_COLOURS.centre },
        { name: "Lower limit", values: column(base + 2), color: CHART_COLOURS.limit, dashed: true },
        { name: "Upper limit", values: column(base + 3), color: CHART_COLOURS.limit, dashed: true },
        { name: "Special cause", values: column(base + 4), color: CHART_COLOURS.special, markersOnly: true },
      ],
      anchor: formatAddress({ row: 2 + Math.floor(i / 2) * (CHART_ROWS + 1), column: (i % 2) * (CHART_COLUMNS + 1), rows: 1, columns: 1 }),
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
