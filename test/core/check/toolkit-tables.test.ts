import { checkTable } from "../../../src/core/check/check-table";
import { parseMarkdownTable } from "../../../src/core/check/parse-markdown-table";
import { parseCsv } from "../../../src/core/csv/parse-csv";
import { findRecipe } from "../../../src/core/tables/find-recipe";
import { parsePopulationTable } from "../../../src/core/tables/population-table";
import { standardTables } from "../../../src/core/tables/standard-tables";
import type { TableModel } from "../../../src/core/tables/table-model";
import { tableToCsv } from "../../../src/export/table-csv";
import { tableToMarkdown } from "../../../src/export/table-markdown";
import { volumeByType } from "../../export/seed-tables";
import { censusMatrix, datasetOf, policeRows } from "../tables/police-uk-fixture";

/** Every recipe's table from the Gwent files (30 months): the standard set plus the variants the options give. */
function gwentTables(): TableModel[] {
  const data = datasetOf(policeRows("gwent"));
  const census = censusMatrix();
  const divisions = [
    ["District", "Division"],
    ["Blaenau Gwent", "North"],
    ["Caerphilly", "North"],
    ["Torfaen", "North"],
    ["Monmouthshire", "South"],
    ["Newport", "South"],
  ];
  const answers = [
    ["Ward", "Q"],
    ["Newport", "Very worried"],
    ["Newport", "Not worried at all"],
    ["Torfaen", "Very worried"],
    ["Torfaen", "Fairly worried"],
    ["Torfaen", "Very worried"],
  ];
  const { tables } = standardTables(data, { population: census });
  return [
    ...tables,
    findRecipe("rolling-year").run(data, { years: 3, area: "Newport" }),
    findRecipe("area-comparison").run(data, { divisions, category: "Violent crime" }),
    findRecipe("rate").run(data, { population: census, divisions, years: 2 }),
    findRecipe("period-comparison").run(data, { by: "category", years: 3, area: "Torfaen" }),
    findRecipe("period-comparison").run(data, { periodMonths: 3 }),
    findRecipe("category-by-year").run(data, { years: 3 }),
    findRecipe("survey").run(data, { answers, groupColumn: "Ward", answerColumn: "Q", category: "Burglary" }),
    findRecipe("rolling-year").run(data, { significance: 0.05 }),
    findRecipe("area-comparison").run(data, { significance: 0.05, divisions }),
    findRecipe("period-comparison").run(data, { significance: 0.01 }),
  ];
}

describe("checking the tables the toolkit makes", () => {
  const tables = gwentTables();
  const population = parsePopulationTable(censusMatrix());

  it.each(tables.map((t) => [t.recipe, t.title, t] as const))(
    'finds nothing wrong in the %s table "%s" as CSV',
    (_, __, table) => {
      const report = checkTable(parseCsv(tableToCsv(table)), { population });
      expect(report.findings).toEqual([]);
    },
  );

  it.each(tables.map((t) => [t.recipe, t.title, t] as const))(
    'finds nothing wrong in the %s table "%s" as Markdown',
    (_, __, table) => {
      const { matrix, bold } = parseMarkdownTable(tableToMarkdown(table));
      expect(checkTable(matrix, { population, bold }).findings).toEqual([]);
    },
  );

  it("checks the derived cells of those tables, not nothing: changes, ranks, sums and rates", () => {
    const checked = (recipe: string) =>
      tables
        .filter((t) => t.recipe === recipe)
        .map((t) => checkTable(parseCsv(tableToCsv(t)), { population }).checkedCells);
    // Rolling year, Gwent: 18 rows x 2 changes + 3 categories with sub-categories x 3 columns + 2 subtotals... at least the changes.
    for (const n of checked("rolling-year")) expect(n).toBeGreaterThanOrEqual(36);
    const rate = checkTable(parseCsv(tableToCsv(tables.find((t) => t.recipe === "rate") as TableModel)), {
      population,
    });
    expect(rate.recognised.join("\n")).toMatch(/per 1,000 of the population column POP21 \(it agrees in 5 of 5 rows\)/);
    expect(rate.recognised.join("\n")).toMatch(
      /"Ranking" ranks "Rate per 1,000 pop., RY ending Dec 2024" from the lowest/,
    );
  });

  it("finds a change made wrong in a toolkit table", () => {
    const csv = parseCsv(tableToCsv(tables[0]));
    const row = csv.findIndex((r) => r[0] === "Robbery");
    csv[row][4] = String(Number(csv[row][4]) + 10);
    const report = checkTable(csv);
    expect(report.findings.map((f) => [f.rowName, f.columnName])).toEqual([["Robbery", "Number change"]]);
  });

  it('reads an excerpt whose violent crime lists only some sub-categories as an "of which" list, but adds up its totals', () => {
    // The export tests' first page of seed 2.6 leaves rows out, so Violent Crime (5378) is more than Sexual Offences
    // and Robbery (446 + 99) in every column, and All crime (13594) is more than the rows left in.
    const { matrix, bold } = parseMarkdownTable(tableToMarkdown(volumeByType()));
    const report = checkTable(matrix, { bold });
    expect(report.recognised.join("\n")).toMatch(
      /Sub-categories of "Violent Crime", "Vehicle Crime" add up to less than the category in every column/,
    );
    expect(report.findings.filter((f) => f.rowName === "Violent Crime")).toEqual([]);
    expect(
      report.findings.find((f) => f.rowName === "All crime" && f.columnName === "RY ending Oct 2017")?.message,
    ).toBe(
      'Row "All crime", column "RY ending Oct 2017": printed 13594; the one row it adds up, "Victim based crime", has 11890.',
    );
  });
});
