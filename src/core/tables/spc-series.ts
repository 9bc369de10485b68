import type { Dataset } from "../data";
import { OptionError } from "..";
import { monthKey } from "../periods";
import { monthLabel } from "../periods";
import { automaticSteps } from "../spc";
import { shownLowerLimits } from "../spc";
import { spcAnalysis } from "../spc";
import { stepRule, type StepRuleName } from "../spc";
import type { SpcOptions } from "../spc";
import type { CategoryGrouping } from "./category-grouping";
import { countCube } from "./count-cube";
import { cubeSeries } from "./cube-series";
import { counted } from "./counted";
import { groupingFor } from "./grouping-for";
import { needsMonths } from "./needs-months";
import { resolveArea } from "./resolve-area";
import { resolveCategory } from "./resolve-category";
import { resolveEndMonth } from "./resolve-end-month";
import { sheetName } from "../house-style";
import { sourceLine } from "../house-style";
import type { ChartSeries, TableModel, TableRow } from "./table-model";

export interface SpcSeriesOptions {
  /** The area; every area ("Force") when omitted. */
  area?: string | null;
  /** The series to chart: categories, groups or "All crime". Default: All crime and each top-level
   * group of the grouping. */
  categories?: string[] | null;
  /** The last month charted; the latest month in the data when omitted. */
  endMonth?: number | null;
  /** Months charted, ending at `endMonth`; default every month of the data up to it. */
  months?: number | null;
  /** Chart type, rules, improvement direction, rebase points, baseline (see the SPC engine). */
  spc?: SpcOptions | null;
  /** Recalculate the limits at step changes found by `automaticSteps` (default true) when
   * `spc.rebaseAt` is not given. */
  autoSteps?: boolean | null;
  /** The step rule (`stepRule`): "sustained" (default; 7 in a row, no group under 12 points) or "kent5"
   * (Kent's "5 data point step change"). */
  stepRule?: StepRuleName | null;
  /** Points in a row on one side of the centre line that make a step change, replacing the rule (groups of
   * as many points or more, unless `minSegment` is given). */
  stepPoints?: number | null;
  /** Fewest points in any group, replacing the rule's minimum (12 for "sustained"). */
  minSegment?: number | null;
  grouping?: CategoryGrouping | null;
}

/**
 * Recipe `spc-series` (seed 2.2 and 2.3, "Monthly SPC charts - 5 data point step change"): for each
 * series, the monthly counts with the SPC engine's centre line, limits and special-cause signal per
 * month, as rows (series, month, count, centre line, lower limit, upper limit, signal) and as chart
 * series in `charts`, ready for the chart renderer.
 *
 * Missing values: months inside the data without records count 0 (a zero month is a real value on
 * an SPC chart).
 *
 * @param dataset the records or monthly counts
 * @param options area, series, end month, number of months, SPC options, automatic steps
 * @returns the table with `charts`
 * @throws {InputError} when `months` is less than 2
 * @throws {NotAvailableError} when the area, a series name or the end month is not in the data, or
 *   fewer than 2 months are charted
 * @example
 * spcSeries(dataset, { area: "Maidstone", categories: ["All crime", "Violent crime"] });
 */
export function spcSeries(dataset: Dataset, options: SpcSeriesOptions = {}): TableModel {
  const cube = countCube(dataset);
  needsMonths(cube, "spc-series");
  const area = resolveArea(cube, options.area, "Force");
  const endMonth = resolveEndMonth(cube, options.endMonth);
  const grouping = groupingFor(cube, options.grouping);
  if (
    options.months !== null &&
    options.months !== undefined &&
    (!Number.isInteger(options.months) || options.months < 2)
  ) {
    throw new OptionError(`An SPC chart needs 2 or more months, not ${options.months}.`);
  }
  const first = options.months ? Math.max(cube.firstMonth, endMonth - options.months + 1) : cube.firstMonth;
  const names = options.categories ?? [
    counted(cube).total,
    ...grouping.lines.filter((l) => l.level === 0).map((l) => l.label),
  ];
  const months = Array.from({ length: endMonth - first + 1 }, (_, k) => first + k);
  const charts: ChartSeries[] = [];
  const rows: TableRow[] = [];
  // A run length given on its own keeps its own minimum (as `--steps N` always has); a rule keeps the rule's.
  const given = options.stepPoints ? { runLength: options.stepPoints, minSegment: options.stepPoints } : null;
  const rule = given
    ? { ...given, minSegment: options.minSegment ?? given.minSegment }
    : stepRule(options.stepRule ?? "sustained", options.minSegment);
  const stepPoints = rule.runLength;
  for (const name of names) {
    const category = resolveCategory(cube, name, grouping);
    const values = cubeSeries(cube, area.indices, category.indices, first, endMonth);
    const spc: SpcOptions = { ...(options.spc ?? {}) };
    if (spc.rebaseAt === undefined && options.autoSteps !== false) {
      spc.rebaseAt = automaticSteps(values, stepPoints, spc.chart ?? "XMR", rule.minSegment);
    }
    const result = spcAnalysis(values, spc);
    const chart: ChartSeries = {
      title: `${category.label}, ${area.label}, ${monthLabel(first)} - ${monthLabel(endMonth)}`,
      category: category.label,
      area: area.label,
      months: months.map(monthKey),
      values,
      centreLine: result.centreLine,
      lowerLimit: shownLowerLimits(result.lowerLimit, values), // a count's lower limit below 0 shows as 0
      upperLimit: result.upperLimit,
      signals: result.signals,
      improvement: spc.improvement ?? "DOWN",
    };
    charts.push(chart);
    rows.push(...chartRows(category.label, months, chart));
  }
  return {
    recipe: "spc-series",
    title: `Monthly SPC charts, ${area.label}, ${monthLabel(first)} - ${monthLabel(endMonth)}`,
    sheetName: sheetName(`SPC ${area.label}`),
    headerRows: [
      ["Series", "Month", "Count", "Centre line", "Lower limit", "Upper limit", "Signal"].map((text) => ({ text })),
    ],
    rows,
    notes: [
      options.autoSteps === false || options.spc?.rebaseAt
        ? "Limits are not rebased automatically."
        : stepNote(stepPoints, rule.minSegment),
      `Special causes by the ${options.spc?.rules ?? "MDC"} rules.`,
    ],
    source: sourceLine(dataset),
    dropped: dataset.dropped,
    charts,
    subject: { area: area.label },
  };
}

/** What the limits' recalculation was, in the report's words. */
function stepNote(runLength: number, minSegment: number): string {
  const run = `${runLength} months in a row on one side of the centre line`;
  if (runLength === 5 && minSegment === 5) return `Limits are rebased at each 5 data point step change (${run}).`;
  return `Limits are recalculated after a sustained shift (${run}), with no period of fewer than ${minSegment} months.`;
}

function chartRows(label: string, months: number[], chart: ChartSeries): TableRow[] {
  return months.map((m, k) => ({
    level: 0,
    kind: "data",
    cells: [
      { kind: "text", value: label },
      { kind: "text", value: monthLabel(m) },
      { kind: "count", value: chart.values[k] },
      { kind: "number", value: chart.centreLine[k], decimals: 1 },
      { kind: "number", value: chart.lowerLimit[k], decimals: 1 },
      { kind: "number", value: chart.upperLimit[k], decimals: 1 },
      { kind: "text", value: chart.signals[k] },
    ],
  }));
}
