import { monthIndex } from "../../src/core/periods/month-index";
import { monthKey } from "../../src/core/periods/month-key";
import type { TableModel } from "../../src/core/tables/table-model";
import { recalculateWorkbook } from "../../src/excel/formula-evaluator";
import { MemoryWorkbook } from "../../src/excel/memory-workbook";
import type { CellValue } from "../../src/excel/workbook-port";
import { tableSpill } from "../../src/functions/table-spill";
import { liveFormula, liveWriter, notLiveReason, type LiveChoices } from "../../src/taskpane/live-formulas";
import {
  chosenRecipes,
  datasetFrom,
  guessLayout,
  makeTables,
  readSource,
  writeOutputs,
} from "../../src/taskpane/wizard-logic";
import { recipeOptions } from "./wizard-options";

const table = (recipe: string) => ({ recipe }) as TableModel;
const choices: LiveChoices = {
  source: { sheet: "Kent's data", address: "A1:L101" },
  headerRow: 0,
  layout: "record",
  roles: { id: 0, month: 1, area: 8, category: 9, areaIsLsoa: true },
  endMonth: monthIndex(2018, 10),
  area: 'Bob "the" area',
  category: "All crime",
  years: 2,
  grouping: "default",
  population: "'Population'!$A$1:$C$20",
  divisions: "",
  populationColumn: "",
  notLive: "",
};

describe("liveFormula", () => {
  it("calls CSP.RYTABLE over the data rows of the month, crime type and area columns, quotes doubled in text", () => {
    expect(liveFormula(table("rolling-year"), choices)).toEqual({
      formula:
        "=CSP.RYTABLE('Kent''s data'!$B$2:$B$101,'Kent''s data'!$J$2:$J$101,\"2018-10\",'Kent''s data'!$I$2:$I$101,\"Bob \"\"the\"\" area\",,2)",
    });
  });

  it("calls CSP.AREATABLE, CSP.RATETABLE and CSP.FYPIVOT with the table's choices, omitted arguments at the end left off", () => {
    expect(liveFormula(table("area-comparison"), choices)).toEqual({
      formula:
        "=CSP.AREATABLE('Kent''s data'!$B$2:$B$101,'Kent''s data'!$I$2:$I$101,\"2018-10\",'Kent''s data'!$J$2:$J$101,\"All crime\",,2)",
    });
    expect(liveFormula(table("rate"), choices)).toEqual({
      formula:
        "=CSP.RATETABLE('Kent''s data'!$B$2:$B$101,'Kent''s data'!$I$2:$I$101,\"2018-10\",'Population'!$A$1:$C$20,'Kent''s data'!$J$2:$J$101,\"All crime\",2)",
    });
    expect(liveFormula(table("fy-pivot"), choices)).toEqual({
      formula:
        "=CSP.FYPIVOT('Kent''s data'!$B$2:$B$101,,'Kent''s data'!$J$2:$J$101,\"All crime\",'Kent''s data'!$I$2:$I$101,\"Bob \"\"the\"\" area\")",
    });
  });

  it("says why a table is written as values, and has no plan for a table no live function makes", () => {
    expect(liveFormula(table("rate"), { ...choices, population: "" })).toEqual({ reason: "no population table" });
    expect(
      liveFormula(table("rolling-year"), { ...choices, layout: "long", roles: { month: 0, category: 1, count: 2 } }),
    ).toEqual({ reason: "live formulas read one row per crime; these data are counts" });
    expect(
      liveFormula(table("rolling-year"), {
        ...choices,
        notLive: notLiveReason({ level: "ward", areas: "", significance: false }),
      }),
    ).toEqual({ reason: "live formulas count areas as districts" });
    expect(notLiveReason({ level: "district", areas: "", significance: true })).toBe(
      "live formulas have no significance column",
    );
    expect(notLiveReason({ level: "district", areas: " ", significance: false })).toBe("");
    expect(liveFormula(table("spc-series"), choices)).toBeNull();
  });
});

describe("the wizard's live tables in the playground's calculating workbook", () => {
  const types = ["Burglary", "Robbery", "Shoplifting", "Anti-social behaviour", "Violence and sexual offences"];
  const districts = ["Maidstone", "Swale", "Ashford"];
  const rows: CellValue[][] = [
    [
      "Crime ID",
      "Month",
      "Reported by",
      "Falls within",
      "Longitude",
      "Latitude",
      "Location",
      "LSOA code",
      "LSOA name",
      "Crime type",
      "Last outcome category",
      "Context",
    ],
  ];
  for (let i = 0; i < 3000; i++) {
    rows.push([
      "",
      monthKey(monthIndex(2016, 11) + (i % 24)),
      "Kent Police",
      "Kent Police",
      "",
      "",
      "",
      "",
      `${districts[Math.floor(i / 7) % 3]} 0${10 + (i % 9)}C`,
      types[(i * 3 + Math.floor(i / 24)) % types.length],
      "",
      "",
    ]);
  }
  const population: CellValue[][] = [
    ["Area", "Code", "POP21"],
    ["Maidstone", "E07000110", 175800],
    ["Swale", "E07000113", 151700],
    ["Ashford", "E07000105", 132700],
  ];

  /** The block a spill wrote from A4 of a sheet, as many rows and columns as `like`. */
  const spilled = (book: MemoryWorkbook, sheet: string, like: unknown[][]): unknown[][] =>
    like.map((row, r) => row.map((_, c) => book.sheet(sheet).rows[3 + r]?.[c]?.value ?? ""));

  it("writes each table as its formula, whose spill equals the values table, and follows an edit of the data", async () => {
    const book = new MemoryWorkbook({ calculate: recalculateWorkbook });
    book.seedSheet("Data", rows);
    book.seedSheet("Population", population);
    const source = await readSource(book, { kind: "sheet", name: "Data" });
    const guess = guessLayout(source.values);
    const dataset = datasetFrom(source, guess.layout, guess.roles);
    const params = {
      endMonth: monthIndex(2018, 10),
      area: "Swale",
      category: "All crime",
      years: 2 as const,
      population: "Population",
      divisions: "",
    };
    const options = recipeOptions(params, population, null);
    const made = await makeTables(
      dataset,
      chosenRecipes(["rolling-year", "area-comparison", "rate", "fy-pivot"], false),
      options,
      () => undefined,
      { cancelled: false },
    );
    const tables = made.flatMap((r) => ("table" in r ? [r.table] : []));
    expect(tables.map((t) => t.recipe)).toEqual(["rolling-year", "area-comparison", "rate", "fy-pivot"]);
    const live = await liveWriter(
      book,
      { source, headerRow: guess.headerRow, layout: guess.layout, roles: guess.roles, grouping: "default" },
      params,
      { level: "district", areas: "", populationColumn: "" },
    );
    const written = await writeOutputs(book, tables, () => undefined, { cancelled: false }, live);
    for (const w of written) {
      expect(w.live).toEqual({
        formula: expect.stringMatching(/^=CSP\.(RYTABLE|AREATABLE|RATETABLE|FYPIVOT)\('Data'!\$B\$2:\$B\$3001,/),
      });
      expect(book.sheet(w.sheet).rows[3]?.[0]?.formula).toBe((w.live as { formula: string }).formula);
      const expected = tableSpill(w.table);
      expect(spilled(book, w.sheet, expected)).toEqual(expected);
    }
    // A crime of the latest month moves from Swale to Maidstone: the live tables follow on recalculation.
    const at = rows.findIndex(
      (row, i) => i > 0 && row[1] === "2018-10" && String(row[8]).startsWith("Swale") && row[9] === "Robbery",
    );
    expect(at).toBeGreaterThan(0);
    book.sheet("Data").rows[at]![8] = { value: "Maidstone 010C", numberFormat: "General", style: {} };
    recalculateWorkbook(book);
    const rolling = written[0];
    const before = tableSpill(rolling.table);
    const after = spilled(book, rolling.sheet, before);
    const robbery = before.findIndex((row) => row[0] === "- Robbery");
    expect(after[robbery][1]).toBe((before[robbery][1] as number) - 1); // Swale's October count
    expect(after[robbery][2]).toBe((before[robbery][2] as number) - 1); // and its rolling year
  });
});
