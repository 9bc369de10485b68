import { parsePopulationTable } from "../../../src/core/tables/population-table";
import { addUpPopulation } from "../../../src/core/tables/add-up-population";
import { parseCsv } from "../../../src/core/csv/parse-csv";
import { readFileSync } from "fs";
import { join } from "path";

const CORPUS = join(__dirname, "..", "..", "fixtures", "corpus");
const csvOf = (file: string) => parseCsv(readFileSync(join(CORPUS, file)), file);
/** Naive reading for independent expectations: the files hold no quoted field but ward names with "&". */
const naive = (file: string) =>
  readFileSync(join(CORPUS, file), "utf8")
    .trim()
    .split("\n")
    .map((l) => l.replace(/\r$/, "").split(","));

describe("parsePopulationTable on ONS mid-year estimates (Trafford Data Lab's mid-2024 files)", () => {
  const la = naive("trafford-mid-2024-population-local-authority.csv");
  const header = la[0];
  const persons = la.find((r) => r[4] === "Persons") as string[];

  it("reads the Persons row's all_ages, 241,025, not Persons, Females and Males added up", () => {
    const table = parsePopulationTable(csvOf("trafford-mid-2024-population-local-authority.csv"));
    expect(table.columns).toEqual(["all_ages"]);
    expect(table.areas).toEqual([
      { name: "Trafford", code: "E08000009", values: [Number(persons[header.indexOf("all_ages")])] },
    ]);
    expect(table.areas[0].values[0]).toBe(241025);
    expect(table.notes?.join(" ")).toMatch(/Persons rows used; the 2 Female and Male rows are left out/);
  });

  it("adds up the single years of age 0 to 90+ when there is no all-ages column, giving the same total", () => {
    const matrix = csvOf("trafford-mid-2024-population-local-authority.csv").map((row) =>
      row.filter((_, c) => !/^(all_ages|aged_)/.test(header[c])),
    );
    const ages = header.map((h, c) => (/^\d+\+?$/.test(h) ? c : -1)).filter((c) => c >= 0);
    const expected = ages.reduce((sum, c) => sum + Number(persons[c]), 0);
    const table = parsePopulationTable(matrix);
    expect(ages).toHaveLength(91);
    expect(table.areas[0].values[0]).toBe(expected);
    expect(expected).toBe(241025);
  });

  it("uses the column named with --population-column, such as aged_16_to_64", () => {
    const table = parsePopulationTable(csvOf("trafford-mid-2024-population-local-authority.csv"), {
      column: "aged_16_to_64",
    });
    expect(table.areas[0].values[0]).toBe(Number(persons[header.indexOf("aged_16_to_64")]));
    expect(() =>
      parsePopulationTable(csvOf("trafford-mid-2024-population-local-authority.csv"), { column: "adults" }),
    ).toThrow(/no column "adults"; its columns are period, area_code/);
  });

  it("adds Trafford's 21 wards up into the district by an ONS code lookup, matching the district's own estimate", () => {
    const wards = parsePopulationTable(csvOf("trafford-mid-2024-population-ward.csv"));
    const rows = naive("trafford-mid-2024-population-ward.csv")
      .slice(1)
      .filter((r) => r.includes("Persons"));
    const parents = new Map(wards.areas.map((w) => [w.code, { code: "E08000009", name: "Trafford" }]));
    const district = addUpPopulation(wards, parents, "wards");
    expect(wards.areas).toHaveLength(rows.length);
    expect(district.areas).toEqual([{ name: "Trafford", code: "E08000009", values: [241025] }]);
  });
});

describe("parsePopulationTable on other ONS shapes", () => {
  it("finds the header below ONS's title rows (MYE2 sheets: Code, Name, Geography, All ages, 0, 1, ...)", () => {
    const ages = Array.from({ length: 91 }, (_, a) => (a === 90 ? "90+" : String(a)));
    const matrix = [
      ["MYE2: Population estimates: Persons by single year of age, mid-2020"],
      [],
      ["Code", "Name", "Geography", "All ages", ...ages],
      ["E07000110", "Maidstone", "Non-metropolitan District", "171826", ...ages.map(() => 1)],
    ];
    const table = parsePopulationTable(matrix);
    expect(table.columns).toEqual(["All ages"]);
    expect(table.areas).toEqual([{ name: "Maidstone", code: "E07000110", values: [171826] }]);
  });

  it("adds up ages given as rows and sexes without a Persons row (MYEB: ladcode, laname, sex 1/2, age, population_2020)", () => {
    const matrix = [["ladcode20", "laname20", "sex", "age", "population_2019", "population_2020"]];
    for (const sex of [1, 2])
      for (let age = 0; age <= 90; age++)
        matrix.push(["E07000110", "Maidstone", String(sex), String(age), String(sex), String(10 * sex)]);
    const table = parsePopulationTable(matrix);
    expect(table.columns).toEqual(["population_2019", "population_2020"]);
    expect(table.areas).toEqual([{ name: "Maidstone", code: "E07000110", values: [91 * 3, 91 * 30] }]);
  });

  it("refuses a sex it cannot read, naming the row and value", () => {
    expect(() =>
      parsePopulationTable([
        ["area_code", "area_name", "sex", "all_ages"],
        ["E1", "A", "Both", "5"],
      ]),
    ).toThrow(/row 2, column "sex": "both" is not Persons, Female or Male/);
  });
});
