import { buildDataset } from "../../../src/core/data/build-dataset";
import { rateTable } from "../../../src/core/tables/rate-table";
import { SEED_2_5_RATES } from "./seed-builders";
import { parsePopulationTable } from "../../../src/core/tables/population-table";
import { formatCell } from "../../../src/core/house-style/format-cell";
import { monthIndex } from "../../../src/core/periods/month-index";
import { censusMatrix, countsDataset, datasetOf, monthsBetween, policeRows } from "./police-uk-fixture";

describe("rateTable on the real Gwent files and the census", () => {
  const rows = policeRows("gwent");
  const census = parsePopulationTable(censusMatrix());
  const table = rateTable(datasetOf(rows), { population: census, populationColumns: ["POP21"] });
  const ry2024 = new Set(monthsBetween("2024-01", "2024-12"));
  const crimes = (district: string) =>
    rows.filter((r) => r.district === district && ry2024.has(r.month) && r.type !== "Anti-social behaviour").length;

  it("gives Newport's offences and rate per 1,000 from its 2021 census population of 158,800", () => {
    const newport = table.rows.find((r) => r.cells[0].value === "Newport");
    const n = crimes("Newport");
    expect(newport?.cells[1].value).toBe(n);
    expect(newport?.cells[2].value).toBeCloseTo(Math.round((n / 158800) * 10000) / 10, 10);
  });

  it("shows two years, as the 30 Gwent months hold two whole rolling years", () => {
    expect(table.headerRows[0].map((h) => h.text)).toEqual([
      "Area",
      "Number of offences, RY ending Dec 2024",
      "Rate per 1,000 pop., RY ending Dec 2024",
      "Rate per 1,000 pop., RY ending Dec 2023",
      "Ranking",
    ]);
  });

  it("ranks the five Gwent districts 1 = lowest rate and leaves the total unranked", () => {
    const own = ["Blaenau Gwent", "Caerphilly", "Monmouthshire", "Newport", "Torfaen"];
    const pop: Record<string, number> = {
      "Blaenau Gwent": 66600,
      Caerphilly: 175200,
      Monmouthshire: 92600,
      Newport: 158800,
      Torfaen: 91900,
    };
    const byRate = [...own].sort((a, b) => crimes(a) / pop[a] - crimes(b) / pop[b]);
    for (const [i, name] of byRate.entries())
      expect(table.rows.find((r) => r.cells[0].value === name)?.cells[4].value).toBe(i + 1);
    expect(table.rows[table.rows.length - 1].cells[4].value).toBe("");
  });

  it("gives Unknown area no rate, with a footnote", () => {
    const unknown = table.rows.find((r) => r.cells[0].value === "Unknown area");
    expect(formatCell(unknown!.cells[2])).toMatch(/^N\/A./);
  });
});

describe("rateTable on the seed's table 2.5 rates", () => {
  // Offences = the seed's 2017 rate, population 1,000, so the rate is the seed's; ranking as the seed.
  const rates = SEED_2_5_RATES;
  const ds = countsDataset([
    ...rates.map(([d, r]) => ["2017-03", "Burglary", d, r] as [string, string, string, number]),
    ["2016-04", "Burglary", "Maidstone", 0],
  ]);
  const population = parsePopulationTable([["Area", "Population"], ...rates.map(([d]) => [d, 1000])]);
  const table = rateTable(ds, { population, endMonth: monthIndex(2017, 3) });
  const rank = (name: string) => table.rows.find((r) => r.cells[0].value === name)?.cells[3].value;

  it("ranks Tunbridge Wells 1, Maidstone 6 (as the seed says) and Thanet 12", () => {
    expect([rank("Tunbridge Wells"), rank("Maidstone"), rank("Thanet")]).toEqual([1, 6, 12]);
  });

  it("ranks Medway 10 and Dartford 11 as the seed does; Sevenoaks (53) is 2 where the seed prints 3", () => {
    expect([rank("Medway"), rank("Dartford"), rank("Sevenoaks")]).toEqual([10, 11, 2]);
  });

  it("gives the total the rate of all offences over all population", () => {
    const total = table.rows[table.rows.length - 1];
    const sum = rates.reduce((s, [, r]) => s + r, 0);
    expect(total.cells[2].value).toBeCloseTo(Math.round((sum / 12000) * 10000) / 10, 10);
  });

  it("refuses a population column the table does not have", () => {
    expect(() => rateTable(ds, { population, populationColumns: ["POP99"] })).toThrow(/no column "POP99"/);
  });
});

describe("rateTable on one month of data", () => {
  const rows = policeRows("gwent").filter((r) => r.month === "2024-12");
  const table = rateTable(datasetOf(rows), {
    population: parsePopulationTable(censusMatrix()),
    populationColumns: ["POP21"],
  });

  it("shows N/A with a footnote for the offences, not a month's count under a rolling year's heading", () => {
    const newport = table.rows.find((r) => r.cells[0].value === "Newport");
    expect(newport?.cells[1]).toEqual({ kind: "count", value: null, footnote: "*" });
    expect(table.notes).toContain("* The data do not cover this rolling year in full.");
    expect(table.rows.every((r) => r.cells[1].value === null)).toBe(true);
  });
});

describe("rateTable from financial-year counts (seed 2.5, issue 21)", () => {
  const counts = buildDataset({
    name: "fy.csv",
    csv: "District,2015/16,2016/17\nMaidstone,8000,9332\nAshford,6000,6551\n",
  });
  const population = parsePopulationTable([
    ["Area", "Population"],
    ["Maidstone", "166,400"],
    ["Ashford", "124,000"],
  ]);

  it("gives the rate of the year ending March 2017 from the 2016/17 counts, per 1,000 and per 100,000", () => {
    const t = rateTable(counts, { population, years: 1 });
    // 9,332 / 166,400 * 1,000 = 56.1: with the seed's own 166,400 (section 1.7) Maidstone's rate is 56.1, not the 68 printed in 2.5
    expect(
      t.rows
        .find((r) => r.cells[0].value === "Maidstone")
        ?.cells.slice(1, 3)
        .map(formatCell),
    ).toEqual(["9332", "56.1"]);
    const per100k = rateTable(counts, { population, years: 1, per: 100000 });
    expect(
      formatCell(per100k.rows.find((r) => r.cells[0].value === "Ashford")?.cells[2] ?? { kind: "text", value: "" }),
    ).toBe("5283.1");
  });

  it("refuses an end month that would cut a financial year", () => {
    expect(() => rateTable(counts, { population, years: 1, endMonth: monthIndex(2016, 10) })).toThrow(
      /must end where one of them ends/,
    );
  });
});
