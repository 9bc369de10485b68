import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { MemoryWorkbook } from "../../src/excel/memory-workbook";
import { monthIndex } from "../../src/core/periods/month-index";
import { countCube } from "../../src/core/tables/count-cube";
import {
  chosenRecipes,
  dataFacts,
  datasetFrom,
  defaultParameters,
  defaultPopulation,
  guessLayout,
  latestCompleteMonth,
  makeTables,
  plainError,
  previewRows,
  readLookup,
  readSource,
  tableOnSheet,
  withKeyFindings,
  writeOutputs,
  CancelledError,
  type SourceData,
  type WrittenOutput,
} from "../../src/taskpane/wizard-logic";
import { recipeOptions } from "./wizard-options";
import { InputError } from "../../src/core/errors";
import { choiceOptions } from "../../src/taskpane/reading-choices";
import type { TableModel } from "../../src/core/tables/table-model";
import type { Dataset } from "../../src/core/data/dataset";

const SAMPLE = path.join(__dirname, "..", "..", "assets", "sample", "gwent-three-districts.csv.gz");
/** The sample split by plain string handling (no quoted commas in these four columns). */
const lines = zlib
  .gunzipSync(fs.readFileSync(SAMPLE))
  .toString("utf8")
  .trim()
  .split("\n")
  .map((l) => l.split(","));
const noProgress = () => undefined;

let source: SourceData;
let dataset: Dataset;

beforeAll(async () => {
  const wb = new MemoryWorkbook();
  wb.seedSheet("Data", lines);
  source = await readSource(wb, { kind: "sheet", name: "Data" });
  const guess = guessLayout(source.values);
  dataset = datasetFrom(source, guess.layout, guess.roles);
});

describe("the wizard's logic on the bundled sample", () => {
  it("previews the header and the first rows as text", () => {
    expect(previewRows(source.values, 2)).toEqual(lines.slice(0, 3));
  });

  it("guesses one row per crime with month, crime type and LSOA name roles", () => {
    const guess = guessLayout(source.values);
    expect(guess.layout).toBe("record");
    expect(guess.roles).toMatchObject({ month: 0, area: 2, category: 3 });
  });

  it("finds the 30 months, the three districts and defaults to the latest complete month", () => {
    const facts = dataFacts(dataset);
    expect(facts.months).toHaveLength(30);
    expect(facts.months[0].month).toBe(monthIndex(2022, 7));
    const perMonth = lines.slice(1).filter((l) => l[0] === "2024-12").length;
    expect(facts.months[29]).toEqual({ month: monthIndex(2024, 12), count: perMonth });
    expect(facts.latestComplete).toBe(monthIndex(2024, 12));
    const districts = new Map<string, number>();
    for (const l of lines.slice(1))
      districts.set(l[2].replace(/ \w+$/, ""), (districts.get(l[2].replace(/ \w+$/, "")) ?? 0) + 1);
    const mostRows = [...districts.entries()].sort((a, b) => b[1] - a[1])[0][0];
    expect(defaultParameters(facts)).toMatchObject({ area: mostRows, endMonth: monthIndex(2024, 12), years: 2 });
  });

  it("writes the rolling-year table on a new sheet in at most 4 syncs", async () => {
    const wb = new MemoryWorkbook();
    wb.seedSheet("Data", [["x"]]);
    const params = defaultParameters(dataFacts(dataset));
    const [result] = await makeTables(
      dataset,
      chosenRecipes(["rolling-year"], false),
      recipeOptions(params, null, null),
      noProgress,
      { cancelled: false },
    );
    if (!("table" in result)) throw new Error(result.error);
    const before = wb.syncCount;
    const [out] = await writeOutputs(wb, [result.table], noProgress, { cancelled: false });
    expect(wb.syncCount - before).toBeLessThanOrEqual(4 + 1); // 4 for the table, 1 to show its sheet
    expect(wb.valuesOf(out.sheet, "A1")[0][0]).toBe(result.table.title);
    expect(wb.valuesOf("Data")).toEqual([["x"]]);
  });

  it("draws one line chart per SPC series on a chart sheet, with the series' own values", async () => {
    const wb = new MemoryWorkbook();
    const params = defaultParameters(dataFacts(dataset));
    const [result] = await makeTables(
      dataset,
      chosenRecipes(["spc-series"], false),
      { ...recipeOptions(params, null, null), categories: ["All crime", "Burglary"] },
      noProgress,
      { cancelled: false },
    );
    if (!("table" in result)) throw new Error(result.error);
    const [out] = await writeOutputs(wb, [result.table], noProgress, { cancelled: false });
    const charts = wb.sheet(out.chartSheet!).charts;
    expect(charts).toHaveLength(2);
    const resolved = charts[1].resolved();
    expect(resolved.series.map((s) => s.name)).toEqual([
      "Count",
      "Centre line",
      "Lower limit",
      "Upper limit",
      "Special cause concern",
      "Special cause improvement",
    ]);
    expect(resolved.series[0].points).toEqual(result.table.charts![1].values);
    expect(resolved.categories).toHaveLength(30);
    expect(wb.displayOf(out.chartSheet!, charts[0].categories)[0][0]).toBe("Jul 2022");
    // Every flagged month is in exactly one marker series: concern (more crime) or improvement (less).
    const [concern, improvement] = [resolved.series[4].points, resolved.series[5].points];
    const chart = result.table.charts![1];
    chart.signals.forEach((signal, m) => {
      const high = /above|up/i.test(signal);
      expect([concern[m], improvement[m]]).toEqual(
        signal === "" ? ["", ""] : high ? [chart.values[m], ""] : ["", chart.values[m]],
      );
    });
    expect(chart.signals.some((s) => s !== "")).toBe(true);
  });

  it("stops at the next table when cancelled", async () => {
    const wb = new MemoryWorkbook();
    await expect(writeOutputs(wb, [], noProgress, { cancelled: true })).resolves.toEqual([]);
    const recipes = chosenRecipes([], true);
    await expect(makeTables(dataset, recipes, {}, noProgress, { cancelled: true })).rejects.toBeInstanceOf(
      CancelledError,
    );
  });
});

describe("the wizard's rules", () => {
  it("skips a last month holding less than half the median of the twelve before it", () => {
    const months = Array.from({ length: 13 }, (_, i) => ({ month: 100 + i, count: 1000 }));
    expect(latestCompleteMonth(months)).toBe(112);
    months[12].count = 400;
    expect(latestCompleteMonth(months)).toBe(111);
  });

  it("counts each month and area of long rows, a month whose counts are all 0 included, months in order and areas by count", () => {
    const source = {
      sheet: "Counts",
      address: "A1:D6",
      label: "Counts!A1:D6",
      values: [
        ["Month", "Crime type", "Area", "Count"],
        ["2024-03", "Burglary", "Dover", 5],
        ["2024-01", "Burglary", "Thanet", 7],
        ["2024-02", "Drugs", "Dover", 0],
        ["2024-01", "Drugs", "Dover", 4],
        ["2024-03", "Drugs", "Ashford", 0],
      ],
    };
    const facts = dataFacts(datasetFrom(source, "long", { month: 0, category: 1, area: 2, count: 3 }));
    // January 7 + 4 = 11, February 0, March 5 + 0 = 5; Dover 5 + 0 + 4 = 9, Thanet 7, Ashford 0 (no crimes: not offered).
    expect(facts.months).toEqual([
      { month: monthIndex(2024, 1), count: 11 },
      { month: monthIndex(2024, 2), count: 0 },
      { month: monthIndex(2024, 3), count: 5 },
    ]);
    expect(facts.areas).toEqual(["Dover", "Thanet"]);
  });

  it("skips a NaN count as the count cube does, keeping its month, and reads its totals from the cube the recipes use", () => {
    const source = {
      sheet: "Counts",
      address: "A1:D4",
      label: "Counts!A1:D4",
      values: [
        ["Month", "Crime type", "Area", "Count"],
        ["2024-01", "Burglary", "Dover", 5],
        ["2024-02", "Burglary", "Thanet", 7],
        ["2024-02", "Drugs", "Dover", 2],
      ],
    };
    const dataset = datasetFrom(source, "long", { month: 0, category: 1, area: 2, count: 3 });
    const thanet = dataset.areas.indexOf("Thanet");
    dataset.count![dataset.area.findIndex((a) => a === thanet)] = NaN; // Thanet's 7, as a blank count ingestion let through
    const cube = countCube(dataset);
    const facts = dataFacts(dataset);
    expect(countCube(dataset)).toBe(cube);
    // January 5; February 7 (NaN, adds nothing) + 2 = 2; Dover 5 + 2 = 7, Thanet nothing counted (not offered).
    expect(facts.months).toEqual([
      { month: monthIndex(2024, 1), count: 5 },
      { month: monthIndex(2024, 2), count: 2 },
    ]);
    expect(facts.areas).toEqual(["Dover"]);
  });

  it("offers only months with a record, not a month of the span the data skip", () => {
    const source = {
      sheet: "Counts",
      address: "A1:D3",
      label: "Counts!A1:D3",
      values: [
        ["Month", "Crime type", "Area", "Count"],
        ["2024-01", "Burglary", "Dover", 5],
        ["2024-03", "Burglary", "Dover", 4],
      ],
    };
    const facts = dataFacts(datasetFrom(source, "long", { month: 0, category: 1, area: 2, count: 3 }));
    expect(facts.months).toEqual([
      { month: monthIndex(2024, 1), count: 5 },
      { month: monthIndex(2024, 3), count: 4 },
    ]);
  });

  it("asks for at least one table", () => {
    expect(() => chosenRecipes([], false)).toThrow('Choose at least one table, or tick "All standard tables".');
    expect(chosenRecipes([], true).every((r) => r.standard)).toBe(true);
  });

  it("says what to do when a source is empty or a request too large", async () => {
    const wb = new MemoryWorkbook();
    wb.seedSheet("Empty", [[""]]);
    await expect(readSource(wb, { kind: "sheet", name: "Empty" })).rejects.toThrow(
      'The sheet "Empty" has no data rows. Select the data',
    );
    expect(plainError("reading the data", new Error("RichApi.Error: RequestPayloadSizeLimitExceeded"))).toMatch(
      /Select fewer rows/,
    );
  });
});

describe("the population table the wizard preselects", () => {
  const census = [
    ["NAME", "POP21"],
    ["Torfaen", 91900],
  ];

  it("is a sheet called Population, found whatever its case", async () => {
    const wb = new MemoryWorkbook();
    wb.seedSheet("Data", [["x"]]);
    wb.seedSheet("population", census);
    await expect(defaultPopulation(wb)).resolves.toBe("population");
  });

  it("is a table called Population ahead of a sheet of that name", async () => {
    const wb = new MemoryWorkbook();
    wb.seedSheet("Population", [["other"]]);
    wb.seedSheet("Lookups", census);
    wb.seedTable("POPULATION", "Lookups", "A1:B2");
    await expect(defaultPopulation(wb)).resolves.toBe("POPULATION");
    await expect(readLookup(wb, "Population")).resolves.toEqual(census);
  });

  it("is left blank when the workbook has neither", async () => {
    const wb = new MemoryWorkbook();
    wb.seedSheet("Data", [["x"]]);
    await expect(defaultPopulation(wb)).resolves.toBe("");
  });

  it("is read from a sheet's used range when the analyst gives the sheet's name", async () => {
    const wb = new MemoryWorkbook();
    wb.seedSheet("Population", census);
    await expect(readLookup(wb, " Population ")).resolves.toEqual(census);
    await expect(readLookup(wb, "Population!A2:B2")).resolves.toEqual([census[1]]);
    await expect(readLookup(wb, "")).resolves.toBeNull();
  });

  it("names what it could not find and what to give instead", async () => {
    const wb = new MemoryWorkbook();
    wb.seedSheet("Data", [["x"]]);
    await expect(readLookup(wb, "Pop")).rejects.toThrow(
      "There is no table or sheet called \"Pop\". Give a table's name, a sheet's name or an address such as Population!A1:C20.",
    );
  });
});

describe("the table chosen for the active sheet", () => {
  const table = (title: string) => ({ title }) as TableModel;
  const written: WrittenOutput[] = [
    { table: table("Volume"), sheet: "Volume by type" },
    { table: table("SPC"), sheet: "SPC series", chartSheet: "SPC series charts" },
  ];

  it("is the table written to that sheet, or whose charts are on it, ignoring case", () => {
    expect(tableOnSheet(written, "Volume by type")).toBe(0);
    expect(tableOnSheet(written, "spc SERIES charts")).toBe(1);
    expect(tableOnSheet(written, "SPC series")).toBe(1);
  });

  it("is none for the analyst's own sheets", () => {
    expect(tableOnSheet(written, "Gwent sample")).toBe(-1);
    expect(tableOnSheet([], "Volume by type")).toBe(-1);
  });
});

describe("the wizard's significance check box and Key findings sheet", () => {
  it("adds the Significant change column when the box is ticked, and not otherwise", async () => {
    const params = defaultParameters(dataFacts(dataset));
    const make = async (significance: boolean) => {
      const [result] = await makeTables(
        dataset,
        chosenRecipes(["rolling-year"], false),
        recipeOptions({ ...params, significance }, null, null),
        noProgress,
        { cancelled: false },
      );
      if (!("table" in result)) throw new Error(result.error);
      return result.table.headerRows[0].map((h) => h.text);
    };
    expect(await make(true)).toContain("Significant change");
    expect(await make(false)).not.toContain("Significant change");
  });

  it("writes the findings to a Key findings sheet, one per row with its source table, leaving the data alone", async () => {
    const wb = new MemoryWorkbook();
    wb.seedSheet("Data", [["x"]]);
    const params = defaultParameters(dataFacts(dataset));
    const options = recipeOptions(params, null, null);
    const made = await makeTables(dataset, chosenRecipes(["rolling-year", "fy-pivot"], false), options, noProgress, {
      cancelled: false,
    });
    const tables = withKeyFindings(
      made.flatMap((r) => ("table" in r ? [r.table] : [])),
      options,
    );
    expect(tables.map((t) => t.recipe)).toEqual(["rolling-year", "fy-pivot", "key-findings"]);
    const written = await writeOutputs(wb, tables, noProgress, { cancelled: false });
    const values = wb.valuesOf(written[2].sheet);
    expect(written[2].sheet).toBe("Key findings");
    expect(String(values[2][0])).toMatch(
      new RegExp(`^All crime in ${params.area} (rose|fell) by \\d+\\.\\d% in the period January 2024 to December 2024`),
    );
    expect(values[2][1]).toBe(tables[0].title);
    expect(wb.valuesOf("Data")).toEqual([["x"]]);
  });

  it("adds no Key findings sheet when no table has findings", () => {
    const table = { recipe: "fy-pivot", title: "t", sheetName: "t", headerRows: [], rows: [], notes: [], source: "" };
    expect(withKeyFindings([table], {})).toEqual([table]);
  });
});

describe("datasetFrom with the analyst's answer to a reading question", () => {
  const rows = [
    ["Month", "Needle finds", "Graffiti"],
    ["2023-01", 3, 2],
    ["2023-02", 1, 2],
    ["2023-03", 4, 2],
  ];

  it("refuses a table whose columns could be categories or areas with the readings as data, then reads the one chosen", async () => {
    const wb = new MemoryWorkbook();
    wb.seedSheet("Counts", rows);
    const counts = await readSource(wb, { kind: "sheet", name: "Counts" });
    const guess = guessLayout(counts.values);
    let refused: unknown;
    try {
      datasetFrom(counts, guess.layout, guess.roles, guess.kind);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(InputError);
    const choices = (refused as InputError).choices;
    expect(choices.map((c) => [c.option, c.value])).toEqual([
      ["columnsHold", "category"],
      ["columnsHold", "area"],
      ["countColumn", "Needle finds"],
    ]);
    const asAreas = datasetFrom(counts, guess.layout, guess.roles, guess.kind, false, choiceOptions(choices[1]));
    expect([...asAreas.areas].sort()).toEqual(["Graffiti", "Needle finds"]);
    expect(dataFacts(asAreas).months.map((m) => m.count)).toEqual([5, 3, 6]);
  });
});
