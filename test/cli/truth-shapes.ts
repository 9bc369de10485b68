/**
 * One truth in many shapes (issue 19): a fast-check generator of a ground truth - months x categories x
 * areas -> counts - and the writers that put it in every shape the toolkit claims to read, so a test can
 * require that `satk` gives the truth's tables or refuses, never another number.
 */
import fc from "fast-check";

export interface Truth {
  /**
   * Consecutive periods, each as its first month [year, month 1-12]: months, or (unit "year") 12-month
   * periods starting in `yearStart`, one year apart.
   */
  months: [number, number][];
  /** What each period is: a month, or 12 months (a calendar, financial or other named year). */
  unit: "month" | "year";
  /** The month number the years start in (unit "year"). */
  yearStart: number;
  categories: string[];
  areas: string[];
  /** counts[m][c][a]. */
  counts: number[][][];
}

export type ShapeLayout = "records" | "long" | "wide-month" | "wide-category" | "wide-area";
export type ShapeFormat = "csv" | "tsv" | "semicolon" | "xlsx";
export type ShapeEncoding = "utf8" | "utf8-bom" | "windows-1252" | "utf16le" | "utf16be";
export type LineEnd = "LF" | "CRLF" | "CR";
/**
 * How the periods are written, as rows (a period column) or as columns (one column per period): months
 * ("2023-01", "Jan 2023"); calendar years ("2022"); financial years ("2022/23", April to March); or named
 * 12-month periods starting in any month: "September 2015 to August 2016", "Sep 2015 - Aug 2016", "Year
 * ending March 2017", "Jan-Dec 2024" (or "Apr-Mar 2017").
 */
export type ShapePeriod = "month" | "year" | "financial-year" | "span-long" | "span-short" | "year-ending" | "one-year";

export interface Shape {
  layout: ShapeLayout;
  format: ShapeFormat;
  encoding: ShapeEncoding;
  lineEnd: LineEnd;
  /** Total rows (a "Total" category per month and area, or per area in a wide table). */
  totalRows: boolean;
  /** The label of total rows. */
  totalLabel: string;
  /** A group row above the first two categories, holding their sum (wide by month and wide by area). */
  groupRows: boolean;
  /** A total column (wide tables: the row's sum). */
  totalColumn: boolean;
  /** A leading row-number column, as pandas and R write it. */
  indexColumn: boolean;
  /** A column holding one value in every row (the force's name). */
  constantColumn: boolean;
  /** A code column for the area (E05...). */
  codeColumn: boolean;
  /** An extra numeric measure: a rate with decimals, or a whole-number population per area. */
  measureColumn: "none" | "rate" | "population";
  /** Months as "2023-01" or "Jan 2023". */
  monthStyle: "iso" | "name";
  /** Months, years, financial years or named 12-month periods (see ShapePeriod). */
  period: ShapePeriod;
  /** The month named periods start in (1-12; 1 for calendar years, 4 for financial years). */
  periodStart: number;
  /** The period column's header: "Month", or for years "Year", "Financial year", "Period". */
  periodHeader: string;
  /** Whether a truth of one category still has its category column (without it: `Year,Count`). */
  categoryColumn: boolean;
  /** Header words for the category and area columns. */
  categoryHeader: string;
  areaHeader: string;
  /** Whether a single area is still written in its own column. */
  areaColumn: boolean;
}

const CATEGORY_POOL = [
  "Burglary",
  "Robbery",
  "Shoplifting",
  "Drugs",
  "Needle finds",
  "Graffiti",
  "Fly-tipping",
  "Café disorder",
  "Dog fouling",
];
const AREA_POOL = ["Northmoor", "Eastfield", "Westbury", "Southgate", "Highcombe", "Lowdale"];
const MONTH_NAMES = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ");

export const monthLabel = ([y, m]: [number, number]): string => `${MONTH_NAMES[m - 1]} ${y}`;
const isoMonth = ([y, m]: [number, number]): string => `${y}-${String(m).padStart(2, "0")}`;

/** A ground truth: 3 to 14 months, 1 to 4 categories, 1 to 3 areas, counts 0 to 9 (a third of them 0). */
export const truthArb: fc.Arbitrary<Truth> = fc
  .record({
    startYear: fc.integer({ min: 2019, max: 2023 }),
    startMonth: fc.integer({ min: 1, max: 12 }),
    nMonths: fc.integer({ min: 3, max: 14 }),
    categories: fc.shuffledSubarray(CATEGORY_POOL, { minLength: 1, maxLength: 4 }),
    areas: fc.shuffledSubarray(AREA_POOL, { minLength: 1, maxLength: 3 }),
    seed: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 })), {
      minLength: 14 * 4 * 3,
      maxLength: 14 * 4 * 3,
    }),
  })
  .map(({ startYear, startMonth, nMonths, categories, areas, seed }) => {
    const months: [number, number][] = [];
    for (let i = 0; i < nMonths; i++) {
      const k = startMonth - 1 + i;
      months.push([startYear + Math.floor(k / 12), (k % 12) + 1]);
    }
    let s = 0;
    const counts = months.map(() => categories.map(() => areas.map(() => seed[s++ % seed.length])));
    // The first and last months hold something, so the data's span is the truth's.
    for (const m of [0, months.length - 1]) if (sum(counts[m].flat()) === 0) counts[m][0][0] = 1;
    return { months, unit: "month" as const, yearStart: 1, categories, areas, counts };
  });

export const shapeArb: fc.Arbitrary<Shape> = fc
  .record({
    layout: fc.constantFrom<ShapeLayout>("records", "long", "wide-month", "wide-category", "wide-area"),
    format: fc.constantFrom<ShapeFormat>("csv", "tsv", "semicolon", "xlsx"),
    encoding: fc.constantFrom<ShapeEncoding>("utf8", "utf8-bom", "windows-1252", "utf16le", "utf16be"),
    lineEnd: fc.constantFrom<LineEnd>(
      "LF",
      "CRLF",
      "CR", // a lone CR is an old Mac export's line end
    ),
    totalRows: fc.boolean(),
    totalLabel: fc.constantFrom("Total", "All crime", "Grand Total", "All offences"),
    groupRows: fc.boolean(),
    totalColumn: fc.boolean(),
    indexColumn: fc.boolean(),
    constantColumn: fc.boolean(),
    codeColumn: fc.boolean(),
    measureColumn: fc.constantFrom<Shape["measureColumn"]>("none", "rate", "population"),
    monthStyle: fc.constantFrom<Shape["monthStyle"]>("iso", "name"),
    categoryHeader: fc.constantFrom("Category", "Crime type", "Offence type"),
    areaHeader: fc.constantFrom("District", "Area", "Local authority"),
    areaColumn: fc.boolean(),
    period: fc.constantFrom<ShapePeriod>(
      "month",
      "month",
      "month",
      "year",
      "financial-year",
      "span-long",
      "span-short",
      "year-ending",
      "one-year",
    ),
    periodStart: fc.integer({ min: 1, max: 12 }),
    periodHeader: fc.constantFrom("Period", "Year"),
    categoryColumn: fc.boolean(),
  })
  .map((shape) => ({
    ...shape,
    periodStart: shape.period === "year" ? 1 : shape.period === "financial-year" ? 4 : shape.periodStart,
    periodHeader:
      shape.period === "month" ? "Month" : shape.period === "financial-year" ? "Financial year" : shape.periodHeader,
  }));

/** Years of a truth kept for a shape of years or named periods (a table of years takes at most 10). */
const MOST_YEARS = 6;

/**
 * The truth as the shape holds it: for a shape of months, as it is; for years or named periods, each of
 * the first periods (at most 6) becomes a 12-month period starting in the shape's month, one year apart.
 */
export function truthFor(truth: Truth, shape: Shape): Truth {
  if (shape.period === "month") return truth;
  const years = Math.min(truth.months.length, MOST_YEARS);
  // Four years earlier than the months (2015 to 2019), so the last period ends before the day of the run.
  const first = truth.months[0][0] - 4;
  const counts = truth.counts.slice(0, years).map((m) => m.map((c) => [...c]));
  // The last period kept holds something, as the truth's last month does, so the data's span is the truth's.
  if (sum(counts[years - 1].flat()) === 0) counts[years - 1][0][0] = 1;
  // Nor are three years in a row empty: a count cut off by more than three years without records is
  // taken for a mistyped date (and said so), which is not what this truth is about.
  for (let k = 0; k + 2 < years; k++)
    if ([0, 1, 2].every((d) => sum(counts[k + d].flat()) === 0)) counts[k + 1][0][0] = 1;
  return {
    ...truth,
    unit: "year",
    yearStart: shape.periodStart,
    months: Array.from({ length: years }, (_, k): [number, number] => [first + k, shape.periodStart]),
    counts,
  };
}

const LONG_MONTHS = "January February March April May June July August September October November December".split(" ");

/** A period's label as the shape writes it, from its first month. */
export function periodText(shape: Shape, [y, m]: [number, number]): string {
  const end = m === 1 ? [y, 12] : [y + 1, m - 1];
  const short = (mm: number) => MONTH_NAMES[mm - 1];
  switch (shape.period) {
    case "month":
      return shape.monthStyle === "iso" ? isoMonth([y, m]) : monthLabel([y, m]);
    case "year":
      return String(y);
    case "financial-year":
      return `${y}/${String((y + 1) % 100).padStart(2, "0")}`;
    case "span-long":
      return `${LONG_MONTHS[m - 1]} ${y} to ${LONG_MONTHS[end[1] - 1]} ${end[0]}`;
    case "span-short":
      return `${short(m)} ${y} - ${short(end[1])} ${end[0]}`;
    case "year-ending":
      return `Year ending ${LONG_MONTHS[end[1] - 1]} ${end[0]}`;
    case "one-year":
      return `${short(m)}-${short(end[1])} ${end[0]}`;
  }
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Whether the shape writes a category column (or, wide by category, a column per category). */
export function hasCategoryColumn(truth: Truth, shape: Shape): boolean {
  return truth.categories.length > 1 || shape.categoryColumn || shape.layout === "wide-category";
}

/** The truth's table as rows of cells (header first), in the shape's layout and with its extra columns. */
export function truthRows(truth: Truth, shape: Shape): unknown[][] {
  const { months, categories, areas, counts } = truth;
  const month = (m: number): string => periodText(shape, months[m]);
  const when = shape.periodHeader;
  const withArea = areas.length > 1 || shape.areaColumn;
  // A truth of one category may be written without its column (`Year,Count`); a wide-by-category table
  // always names it, and a table of group or total rows needs the column to hold them.
  const withCategory = hasCategoryColumn(truth, shape);
  const rows: unknown[][] = [];
  const areaCells = (a: number): unknown[] => [
    ...(withArea ? [areas[a]] : []),
    ...(shape.codeColumn ? [`E0700${String(a + 1).padStart(4, "0")}`] : []),
    ...(shape.measureColumn === "rate"
      ? [(a + 1) * 1.25]
      : shape.measureColumn === "population"
        ? [(a + 3) * 1000 + 17]
        : []),
  ];
  const areaHeads = [
    ...(withArea ? [shape.areaHeader] : []),
    ...(shape.codeColumn ? ["Area code"] : []),
    ...(shape.measureColumn === "rate"
      ? ["Rate per 1,000"]
      : shape.measureColumn === "population"
        ? ["Population"]
        : []),
  ];
  const total = shape.totalLabel;
  const group = "Group of the first two";
  const grouped = shape.groupRows && categories.length >= 3;
  // Without a category column there is no cell to label a total or group row.
  const totals = shape.totalRows && withCategory;
  const cat = (label: string): unknown[] => (withCategory ? [label] : []);
  const catHead = withCategory ? [shape.categoryHeader] : [];
  const totalCol = (cells: number[]): number[] => (shape.totalColumn ? [sum(cells)] : []);
  if (shape.layout === "records") {
    rows.push([when, ...catHead, ...areaHeads]);
    months.forEach((_, m) =>
      categories.forEach((c, ci) =>
        areas.forEach((_a, a) => {
          for (let k = 0; k < counts[m][ci][a]; k++) rows.push([month(m), ...cat(c), ...areaCells(a)]);
        }),
      ),
    );
  } else if (shape.layout === "long") {
    rows.push([when, ...catHead, ...areaHeads, "Count"]);
    months.forEach((_, m) =>
      areas.forEach((_a, a) => {
        categories.forEach((c, ci) => rows.push([month(m), ...cat(c), ...areaCells(a), counts[m][ci][a]]));
        if (totals) rows.push([month(m), total, ...areaCells(a), sum(categories.map((_c, ci) => counts[m][ci][a]))]);
      }),
    );
  } else if (shape.layout === "wide-month") {
    rows.push([...catHead, ...areaHeads, ...months.map((_, m) => month(m)), ...(shape.totalColumn ? [total] : [])]);
    areas.forEach((_a, a) => {
      if (grouped) {
        const cells = months.map((_, m) => counts[m][0][a] + counts[m][1][a]);
        rows.push([group, ...areaCells(a), ...cells, ...totalCol(cells)]);
      }
      categories.forEach((c, ci) => {
        const cells = months.map((_, m) => counts[m][ci][a]);
        rows.push([...cat(c), ...areaCells(a), ...cells, ...totalCol(cells)]);
      });
      if (totals) {
        const cells = months.map((_, m) => sum(categories.map((_c, ci) => counts[m][ci][a])));
        rows.push([total, ...areaCells(a), ...cells, ...totalCol(cells)]);
      }
    });
  } else if (shape.layout === "wide-category") {
    rows.push([when, ...areaHeads, ...categories, ...(shape.totalColumn ? [total] : [])]);
    areas.forEach((_a, a) =>
      months.forEach((_, m) => {
        const cells = categories.map((_c, ci) => counts[m][ci][a]);
        rows.push([month(m), ...areaCells(a), ...cells, ...totalCol(cells)]);
      }),
    );
  } else {
    // Wide by area: a column per area; the area's code and measure columns have no place here.
    rows.push([when, ...catHead, ...areas, ...(shape.totalColumn ? [total] : [])]);
    months.forEach((_, m) => {
      if (grouped) {
        const cells = areas.map((_a, a) => counts[m][0][a] + counts[m][1][a]);
        rows.push([month(m), group, ...cells, ...totalCol(cells)]);
      }
      categories.forEach((c, ci) => {
        const cells = areas.map((_a, a) => counts[m][ci][a]);
        rows.push([month(m), ...cat(c), ...cells, ...totalCol(cells)]);
      });
      if (totals)
        rows.push([
          month(m),
          total,
          ...areas.map((_a, a) => sum(categories.map((_c, ci) => counts[m][ci][a]))),
          ...(shape.totalColumn ? [sum(counts[m].flat())] : []),
        ]);
    });
  }
  if (shape.constantColumn) rows.forEach((row, r) => row.push(r === 0 ? "Force" : "Northshire Police"));
  if (shape.indexColumn) rows.forEach((row, r) => row.unshift(r === 0 ? "" : r - 1));
  return rows;
}

const DELIMITERS: Record<Exclude<ShapeFormat, "xlsx">, string> = { csv: ",", tsv: "\t", semicolon: ";" };

/** The rows as the bytes of a delimited text file in the shape's delimiter, line ends and encoding. */
export function textBytes(rows: unknown[][], shape: Shape): Uint8Array {
  const sep = DELIMITERS[shape.format as Exclude<ShapeFormat, "xlsx">];
  const eol = shape.lineEnd === "LF" ? "\n" : shape.lineEnd === "CRLF" ? "\r\n" : "\r";
  const field = (cell: unknown): string => {
    const text =
      typeof cell === "number" && shape.format === "semicolon" && !Number.isInteger(cell) ? String(cell) : String(cell);
    return text.includes(sep) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const text = rows.map((row) => row.map(field).join(sep)).join(eol) + eol;
  if (shape.encoding === "utf16le") return new Uint8Array(Buffer.from(`\ufeff${text}`, "utf16le"));
  if (shape.encoding === "utf16be") return new Uint8Array(Buffer.from(`\ufeff${text}`, "utf16le").swap16());
  if (shape.encoding === "windows-1252") return new Uint8Array(Buffer.from(text, "latin1"));
  return new Uint8Array(Buffer.from(shape.encoding === "utf8-bom" ? `\ufeff${text}` : text, "utf8"));
}

/** The rows as an .xlsx workbook of one sheet (numbers as numbers). */
export async function xlsxBytes(rows: unknown[][]): Promise<Uint8Array> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Data");
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The file name for the shape (.csv, .tsv, .txt for semicolons, .xlsx). */
export function fileName(shape: Shape, n: number): string {
  return `shape-${n}.${shape.format === "xlsx" ? "xlsx" : shape.format === "tsv" ? "tsv" : "csv"}`;
}

/** The truth's monthly counts of one category (or all, c = -1) in one area (or all, a = -1), by month label. */
export function truthSeries(truth: Truth, c: number, a: number): Map<string, number> {
  const series = new Map<string, number>();
  truth.months.forEach((month, m) => {
    let n = 0;
    truth.categories.forEach((_c, ci) =>
      truth.areas.forEach((_a, ai) => {
        if ((c < 0 || c === ci) && (a < 0 || a === ai)) n += truth.counts[m][ci][ai];
      }),
    );
    series.set(monthLabel(month), n);
  });
  return series;
}

/** The truth's counts per period, in order, of one category (or all, c = -1) in one area (or all, a = -1). */
export function truthCounts(truth: Truth, c: number, a: number): number[] {
  return [...truthSeries(truth, c, a).values()];
}
