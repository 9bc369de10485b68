import { CATALOGUE } from "../../../src/core/tables/catalogue";
import { findRecipe } from "../../../src/core/tables/find-recipe";
import { standardTables } from "../../../src/core/tables/standard-tables";
import { optionFlag, skippedReason } from "../../../src/cli/option-flag";
import { censusMatrix, countsDataset, datasetOf, monthsBetween, policeRows } from "./police-uk-fixture";

describe("the recipe catalogue", () => {
  const gwent = datasetOf(policeRows("gwent"));

  it("lists the issue's eight recipes, the SPC summary and the partner tables, with unique ids", () => {
    expect(CATALOGUE.map((r) => r.id)).toEqual([
      "rolling-year",
      "area-comparison",
      "rate",
      "period-comparison",
      "fy-pivot",
      "spc-series",
      "spc-summary",
      "survey",
      "category-by-year",
      "partner-counts",
      "shares",
      "outcomes",
      "repeats",
    ]);
  });

  it("gives each recipe a title, description and documented options", () => {
    for (const r of CATALOGUE) {
      expect(r.title.length).toBeGreaterThan(0);
      expect(r.description.length).toBeGreaterThan(0);
      for (const o of r.options) expect(optionFlag(o.name)).toMatch(/^--[a-z-]+$/);
    }
  });

  it("runs every standard recipe on the Gwent files, each table's header spans matching its rows", () => {
    const { tables, skipped } = standardTables(gwent, { population: censusMatrix() });
    expect(skipped).toEqual([]);
    expect(tables.map((t) => t.recipe)).toEqual(CATALOGUE.filter((r) => r.standard).map((r) => r.id));
    for (const t of tables) {
      const width = t.rows[0].cells.length;
      for (const h of t.headerRows) expect(h.reduce((s, c) => s + (c.span ?? 1), 0)).toBe(width);
      for (const r of t.rows) expect(r.cells.length).toBe(width);
      expect(t.sheetName).toMatch(/^[^[\]:*?/\\]{1,31}$/);
    }
  });

  it("skips the rate table when no population is given, saying why", () => {
    expect(standardTables(gwent, {}).skipped.map((s) => ({ id: s.id, reason: skippedReason(s) }))).toEqual([
      { id: "rate", reason: "needs a population table (--population on the command line)" },
    ]);
  });

  it("joins crimes per group to a survey from the records", () => {
    const answers = [
      ["Ward", "Q"],
      ["Newport", "Very worried"],
      ["Torfaen", "Not worried at all"],
    ];
    const t = findRecipe("survey").run(gwent, {
      answers,
      groupColumn: "Ward",
      answerColumn: "Q",
      category: "Burglary",
      endMonth: null,
    });
    expect(t.headerRows[0][t.headerRows[0].length - 1].text).toBe("Burglary, RY ending Dec 2024");
  });

  it("refuses crimes per group for a rolling year the data cannot fill, rather than a short count", () => {
    // Kent's files run Oct 2018 - Feb 2019: the year ending Feb 2019 would start in Mar 2018.
    const kent = datasetOf(policeRows("kent"));
    const answers = [
      ["Ward", "Q"],
      ["Maidstone", "Very worried"],
    ];
    expect(() =>
      findRecipe("survey").run(kent, {
        answers,
        groupColumn: "Ward",
        answerColumn: "Q",
        category: "Burglary",
        endMonth: null,
      }),
    ).toThrow(
      /The data start in Oct 2018, so the crimes per group for the RY ending Feb 2019 cannot be counted in full/,
    );
  });

  it("refuses an unknown recipe, listing the ones there are", () => {
    expect(() => findRecipe("rolling-years")).toThrow(
      /no table recipe "rolling-years". Recipes: rolling-year, area-comparison/,
    );
  });

  it("refuses 4 years for the rolling-year table", () => {
    expect(() => findRecipe("rolling-year").run(gwent, { years: 4 })).toThrow(/2 or 3, not 4/);
  });

  it("reads the SPC summary under the same --steps and --rules as the charts it summarises", () => {
    const latestCentre = (steps: string) => {
      const t = findRecipe("spc-summary").run(gwent, { steps });
      const chart = t.charts![0];
      return { centre: t.rows[0].cells[3].value as number, values: chart.values };
    };
    // No step changes: one centre line, the mean of every month charted.
    const none = latestCentre("none");
    expect(none.centre).toBeCloseTo(none.values.reduce((s, v) => s + v, 0) / none.values.length, 9);
    // Automatic steps: Gwent's step up from October 2023 gives the latest month a higher centre line.
    expect(latestCentre("auto").centre).toBeGreaterThan(none.centre);
    expect(() => findRecipe("spc-summary").run(gwent, { rules: "SHEWHART" })).toThrow(/MDC, NHSR, WECO, ANHOEJ/);
  });

  it("counts a survey join's category with the same grouping as the other tables: no police.uk group over Metropolitan Police classes", () => {
    // Metropolitan Police major classes: only Robbery is also a police.uk crime type, so no police.uk group applies.
    const entries: [string, string, string, number][] = [];
    for (const month of monthsBetween("2023-01", "2023-12")) {
      entries.push(
        [month, "Robbery", "Barnet", 2],
        [month, "Violence Against the Person", "Barnet", 5],
        [month, "Theft", "Barnet", 7],
        [month, "Arson and Criminal Damage", "Barnet", 1],
      );
    }
    const met = { ...countsDataset(entries), kind: "crimes" as const };
    const answers = [
      ["Ward", "Q"],
      ["Barnet", "Very worried"],
    ];
    const join = (category: string) =>
      findRecipe("survey").run(met, { answers, groupColumn: "Ward", answerColumn: "Q", category, endMonth: null });
    // Robbery is 2 a month: 24 in the year. "Violent crime" is not a category here, so it is refused, not counted as robbery alone.
    expect(join("Robbery").rows[0].cells.at(-1)?.value).toBe(24);
    expect(() => join("Violent crime")).toThrow();
  });
});
