import type { Dataset } from "../data";
import { monthIndex } from "../periods";
import { monthLabel } from "../periods";
import type { Improvement } from "../spc";
import { variationColour } from "../spc";
import { variationOf } from "../spc";
import type { SpcSignal } from "../spc";
import { sheetName } from "../house-style";
import { spcSeries, type SpcSeriesOptions } from "./spc-series";
import type { ChartSeries, TableModel, TableRow } from "./table-model";

/**
 * Recipe `spc-summary`: one row per SPC series (the series `spcSeries` charts, with the same options):
 * the latest month, its value, its centre line, the variation of the latest point in Making Data Count's
 * words ("Common cause", "Special cause concern (high)", ...) coloured as MDC colours its icons (grey
 * common cause, orange concern, blue improvement; see `variationColour`), and the assurance. Crime
 * series have no target, and MDC's assurance icon needs one, so the assurance says "No target" rather
 * than guess one. Improvement is "DOWN" (fewer crimes is better) unless the SPC options say otherwise.
 *
 * Missing values: as `spcSeries` (months inside the data without records count 0).
 *
 * @param dataset the records or monthly counts
 * @param options as `spcSeries`
 * @returns the table, with the series in `charts` (so the key findings can read them)
 * @throws {InputError} and {NotAvailableError} as `spcSeries`
 * @example
 * spcSummary(dataset, { area: "Maidstone" }).rows[0].cells[4]; // => { kind: "text", value: "Common cause", fill: "A6A6A6" }
 */
export function spcSummary(dataset: Dataset, options: SpcSeriesOptions = {}): TableModel {
  const series = spcSeries(dataset, options);
  const improvement: Improvement = options.spc?.improvement ?? "DOWN";
  const area = series.subject?.area ?? "";
  const charts = series.charts ?? [];
  return {
    recipe: "spc-summary",
    title: series.title.replace(/^Monthly SPC charts/, "SPC summary"),
    sheetName: sheetName(`SPC summary ${area}`),
    headerRows: [
      ["Series", "Latest month", "Latest value", "Centre line", "Variation", "Assurance"].map((text) => ({ text })),
    ],
    rows: charts.map((chart) => summaryRow(chart, improvement)),
    notes: [
      ...series.notes,
      `Variation of the latest month in Making Data Count's words, coloured as its icons: grey common cause, orange special cause concern, blue special cause improvement (${improvement === "UP" ? "higher" : "fewer"} is better).`,
      "Assurance (whether the process will meet a target) needs a target; none is set for these series.",
    ],
    source: series.source,
    dropped: series.dropped,
    charts,
    subject: series.subject,
  };
}

function summaryRow(chart: ChartSeries, improvement: Improvement): TableRow {
  const k = chart.values.length - 1;
  const [year, month] = chart.months[k].split("-").map(Number);
  const variation = variationOf(chart.signals[k] as SpcSignal, improvement, chart.values[k], chart.centreLine[k]);
  return {
    level: 0,
    kind: "data",
    cells: [
      { kind: "text", value: chart.category ?? chart.title },
      { kind: "text", value: monthLabel(monthIndex(year, month)) },
      { kind: "count", value: chart.values[k] },
      { kind: "number", value: chart.centreLine[k], decimals: 1 },
      { kind: "text", value: variation, fill: variationColour(variation) },
      { kind: "text", value: "No target" },
    ],
  };
}
