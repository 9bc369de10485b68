import { readdirSync, readFileSync } from "fs";
import { buildDataset } from "../../src/core/data/build-dataset";
import { parseCsv } from "../../src/core/csv/parse-csv";
import { monthIndex } from "../../src/core/periods/month-index";
import { monthKey } from "../../src/core/periods/month-key";
import { monthToExcelSerial } from "../../src/core/periods/month-to-excel-serial";
import { areaComparison } from "../../src/core/tables/area-comparison";
import { fyPivot as fyPivotRecipe } from "../../src/core/tables/fy-pivot";
import { parsePopulationTable } from "../../src/core/tables/population-table";
import { rateTable as rateRecipe } from "../../src/core/tables/rate-table";
import { rollingYear } from "../../src/core/tables/rolling-year";
import { ExcelError } from "../../src/functions/excel-error";
import { areaTable, fyPivot, rateTable, ryTable } from "../../src/functions/functions";
import { tableSpill } from "../../src/functions/table-spill";
import { runSatk } from "../cli/run-satk";
import { COLUMN, naiveRows } from "../police-uk-files";
import { CENSUS_POPULATION, POLICE_UK_DATA } from "../shared-data";
import { errorOf } from "./error-of";

const column = (values: unknown[]): unknown[][] => values.map((v) => [v]);

/** A spill as the CLI's CSV writes it: numbers as text, "N/A" as an empty field. */
const asCsv = (spill: unknown[][]): string[][] => spill.map((row) => row.map((v) => (v === "N/A" ? "" : String(v))));
/** The CLI's CSV table, with the apostrophe that keeps "- Robbery" from being read as a formula taken off. */
/** The CLI's CSV as the spill lays it out: a sub-category's group column (the CSV's last, "Group") shown
 * as the "- " before its label, as the wizard's sheet and Markdown show it. */
const cliTable = (table: string[][]): string[][] => {
  const grouped = table[0]?.[table[0].length - 1] === "Group";
  return table.map((row, i) => {
    const cells = row.map((v) => v.replace(/^'/, ""));
    if (!grouped) return cells;
    const group = cells.pop();
    return group && i > 0 ? [`- ${cells[0]}`, ...cells.slice(1)] : cells;
  });
};

describe.each([
  ["kent", "Maidstone", "2019-02"],
  ["gwent", "Newport", "2023-03"],
] as const)("on the shared police.uk files of %s", (force, area, end) => {
  const rows = naiveRows(force);
  const months = column(rows.map((r) => r[COLUMN.month]));
  const types = column(rows.map((r) => r[COLUMN.crimeType]));
  const lsoas = column(rows.map((r) => r[COLUMN.lsoaName]));
  const files = readdirSync(`${POLICE_UK_DATA}/${force}`)
    .sort()
    .map((f) => `${POLICE_UK_DATA}/${force}/${f}`);
  const satk = async (...argv: string[]) => {
    const run = await runSatk("table", ...argv, "--input", ...files, "--format", "csv");
    expect(run.code).toBe(0);
    return cliTable(run.table);
  };

  it(`RYTABLE spills the CLI's rolling-year table for ${area}, header row included`, async () => {
    const spill = ryTable(months, types, end, lsoas, area);
    expect(spill[0]).toEqual([
      "",
      expect.stringMatching(/ 20\d\d$/),
      expect.stringMatching(/^RY ending /),
      expect.stringMatching(/^RY ending /),
      "Number change",
      "% change",
    ]);
    expect(asCsv(spill)).toEqual(await satk("rolling-year", "--area", area, "--end-month", end));
    expect(spill.map((r) => r[0])).toEqual(expect.arrayContaining(["Victim based crime", "- Robbery", "All crime"]));
  });

  it("AREATABLE spills the CLI's area-comparison table, every district, Unknown area and the force's total", async () => {
    const spill = areaTable(months, lsoas, end, types, "Violent crime");
    expect(asCsv(spill)).toEqual(await satk("area-comparison", "--category", "Violent crime", "--end-month", end));
    expect(spill[spill.length - 1][0]).toBe("Force");
    // The force's end-month count is the naive count of the end month's violent crimes.
    const violent = rows.filter(
      (r) => r[COLUMN.month] === end && ["Violence and sexual offences", "Robbery"].includes(r[COLUMN.crimeType]),
    ).length;
    expect(spill[spill.length - 1][1]).toBe(violent);
  });

  it("RATETABLE spills the CLI's rate table with the census population", async () => {
    const population = parseCsv(readFileSync(CENSUS_POPULATION, "utf8"));
    const spill = rateTable(months, lsoas, end, population);
    expect(asCsv(spill)).toEqual(await satk("rate", "--population", CENSUS_POPULATION, "--end-month", end));
  });

  it("FYPIVOT spills the CLI's month by financial year pivot, months outside the data blank", async () => {
    const spill = fyPivot(months, null, types);
    expect(asCsv(spill)).toEqual(await satk("fy-pivot"));
    const crimes = rows.filter((r) => r[COLUMN.crimeType] !== "Anti-social behaviour").length;
    expect(spill.slice(1).reduce((sum, r) => sum + (r[13] as number), 0)).toBe(crimes);
  });
});

/**
 * 24 months (Nov 2015 to Oct 2017) of records whose counts reproduce rows of seed table 2.6: October
 * 2017, the rolling year to October 2017 and the one before. Each count is spread over the year's months.
 */
function seedRecords(): { month: string; type: string; lsoa: string }[] {
  const seed: [string, number, number, number][] = [
    ["Robbery", 9, 99, 69],
    ["Sexual offences", 40, 446, 284],
    ["Theft from motor vehicle", 37, 501, 504],
  ];
  const out: { month: string; type: string; lsoa: string }[] = [];
  const october = monthIndex(2017, 10);
  for (const [type, inOctober, thisYear, lastYear] of seed) {
    const spread = (total: number, last: number, fixedLast: number | null) => {
      const rest = fixedLast === null ? total : total - fixedLast;
      const months = fixedLast === null ? 12 : 11;
      for (let k = 0; k < months; k++) {
        const n = Math.floor(rest / months) + (k < rest % months ? 1 : 0);
        for (let i = 0; i < n; i++)
          out.push({
            month: monthKey(last - (fixedLast === null ? k : k + 1)),
            type,
            lsoa: `Maidstone 0${10 + (i % 20)}A`,
          });
      }
      if (fixedLast !== null)
        for (let i = 0; i < fixedLast; i++) out.push({ month: monthKey(last), type, lsoa: "Maidstone 001A" });
    };
    spread(thisYear, october, inOctober);
    spread(lastYear, october - 12, null);
  }
  return out;
}

describe("against the seed's figures", () => {
  it("RYTABLE gives seed table 2.6's rows: October, the two rolling years, number and % change", () => {
    const records = seedRecords();
    const spill = ryTable(
      column(records.map((r) => r.month)),
      column(records.map((r) => r.type)),
      "2017-10",
      column(records.map((r) => r.lsoa)),
      "Maidstone",
      [["none"]],
    );
    expect(spill[0]).toEqual([
      "",
      "October 2017",
      "RY ending Oct 2017",
      "RY ending Oct 2016",
      "Number change",
      "% change",
    ]);
    const byLabel = new Map(spill.slice(1).map((row) => [row[0], row.slice(1)]));
    expect(byLabel.get("Robbery")).toEqual([9, 99, 69, 30, 43.5]);
    expect(byLabel.get("Sexual offences")).toEqual([40, 446, 284, 162, 57]);
    expect(byLabel.get("Theft from motor vehicle")).toEqual([37, 501, 504, -3, -0.6]);
    expect(byLabel.get("All crime")).toEqual([86, 1046, 857, 189, 22.1]);
  });

  it("FYPIVOT gives seed table 5.6 (needle finds by month and financial year), from dates as serial numbers", () => {
    const seed = readFileSync("/work/shared/seed/maidstone-strategic-assessment-2018-19.txt", "utf8").split("\n");
    const at = seed.findIndex((line) => line.startsWith("\tApril\tMay"));
    const table = seed.slice(at, at + 12).map((line) => line.split("\t"));
    const dates: number[] = [];
    for (const row of table.slice(1)) {
      const startYear = Number(row[0].slice(0, 4));
      row.slice(1, 13).forEach((cell, k) => {
        const month = monthIndex(startYear, 4) + k;
        for (let i = 0; i < (cell === "" ? 0 : Number(cell)); i++) dates.push(monthToExcelSerial(month) + (i % 28)); // a day in the month
      });
    }
    const spill = fyPivot(column(dates));
    expect(spill.map((row) => row.map(String))).toEqual(
      table.map((row) => [...row, ...new Array(14 - row.length).fill("")]),
    );
  });
});

describe("the figures equal the recipe's table over the same rows read as the command line reads them", () => {
  // 30 months to October 2018 over three districts and other forces' LSOAs, so that every figure is a number.
  const types = [
    "Burglary",
    "Robbery",
    "Shoplifting",
    "Drugs",
    "Anti-social behaviour",
    "Violence and sexual offences",
  ];
  const districts = ["Maidstone", "Swale", "Ashford"];
  const rows: string[][] = [];
  for (let i = 0; i < 9000; i++) {
    const month = monthKey(monthIndex(2016, 5) + (i % 30));
    const lsoa = i % 97 === 0 ? "" : `${districts[(i * 7) % 3]} 0${10 + (i % 13)}B`;
    rows.push([month, types[(i * 5 + Math.floor(i / 30)) % types.length], lsoa]);
  }
  const csv = ["Month,Crime type,LSOA name", ...rows.map((r) => r.join(","))].join("\n");
  const dataset = () =>
    buildDataset(
      { name: "extract.csv", csv },
      { layout: "record", roles: { month: 0, category: 1, area: 2, areaIsLsoa: true } },
    );
  const [months, categories, lsoas] = [0, 1, 2].map((k) => column(rows.map((r) => r[k])));
  const population = [
    ["Area", "Code", "POP21"],
    ["Maidstone", "E07000110", 175800],
    ["Swale", "E07000113", 151700],
    ["Ashford", "E07000105", 132700],
  ];

  it("RYTABLE, with a third year", () => {
    expect(ryTable(months, categories, "2018-10", lsoas, "Swale", undefined, 3)).toEqual(
      tableSpill(rollingYear(dataset(), { area: "Swale", endMonth: monthIndex(2018, 10), thirdYear: true })),
    );
  });

  it("AREATABLE, with division subtotals", () => {
    const divisions = [
      ["District", "Division"],
      ["Maidstone", "West"],
      ["Swale", "East"],
      ["Ashford", "East"],
    ];
    const spill = areaTable(months, lsoas, "2018-10", categories, "Burglary", divisions);
    expect(spill).toEqual(
      tableSpill(
        areaComparison(dataset(), {
          category: "Burglary",
          endMonth: monthIndex(2018, 10),
          divisions: {
            divisions: [
              { name: "West", districts: ["Maidstone"] },
              { name: "East", districts: ["Swale", "Ashford"] },
            ],
          },
        }),
      ),
    );
    expect(spill.map((r) => r[0])).toEqual([
      "Burglary",
      "Maidstone",
      "West Division",
      "Swale",
      "Ashford",
      "East Division",
      "Unknown area",
      "Force",
    ]);
  });

  it("RATETABLE, two years of rates ranked by the latest", () => {
    const spill = rateTable(months, lsoas, "2018-10", population, categories, null, 2);
    expect(spill).toEqual(
      tableSpill(
        rateRecipe(dataset(), {
          population: parsePopulationTable(population),
          endMonth: monthIndex(2018, 10),
          years: 2,
        }),
      ),
    );
    expect(spill[0]).toEqual([
      "Area",
      "Number of offences, RY ending Oct 2018",
      "Rate per 1,000 pop., RY ending Oct 2018",
      "Rate per 1,000 pop., RY ending Oct 2017",
      "Ranking",
    ]);
    expect(
      spill
        .slice(1, 4)
        .map((r) => r[4])
        .sort(),
    ).toEqual([1, 2, 3]);
  });

  it("FYPIVOT, calendar years of one crime type in one area", () => {
    expect(fyPivot(months, 1, categories, "Drugs", lsoas, "Ashford")).toEqual(
      tableSpill(fyPivotRecipe(dataset(), { startMonth: 1, category: "Drugs", area: "Ashford" })),
    );
  });

  it('reads blank cells as 0, null or "" alike: a blank row is left out, a blank area is Unknown area', () => {
    const expected = ryTable(months, categories, "2018-10", lsoas);
    for (const blank of [0, null, ""]) {
      const withBlanks = (cells: unknown[][], value: unknown) => [...cells, [blank], [value]];
      const lsoaBlank = [...lsoas.map((c) => [c[0] === "" ? blank : c[0]]), [blank], [blank]];
      expect(ryTable(withBlanks(months, blank), withBlanks(categories, blank), "2018-10", lsoaBlank)).toEqual(expected);
    }
  });
});

describe("data the functions cannot read", () => {
  const months = column(["2018-09", "2018-10", "13/2017"]);
  const types = column(["Burglary", "Robbery", "Burglary"]);

  it("gives the command line's message for a month that cannot be read, naming the row", () => {
    const error = errorOf(() => ryTable(months, types, "2018-10"));
    expect(error.code).toBe("#VALUE!");
    // The CLI reads a file through buildDataset: its message for the same month, after the file's name and row.
    const cli = (() => {
      try {
        buildDataset({ name: "x.csv", csv: "Month,Crime type\n2018-09,Burglary\n2018-10,Robbery\n13/2017,Burglary\n" });
      } catch (e) {
        return (e as Error).message;
      }
      return "";
    })();
    expect(error.message).toBe(`months, row 3: ${cli.replace(/^x\.csv, row 4: /, "")}`);
    expect(error.message).toMatch(/^months, row 3: The month "13\/2017" cannot be read/);
  });

  it("refuses ranges of different sizes, a block, an error cell, and an area without its column", () => {
    expect(errorOf(() => ryTable(months.slice(0, 2), types, "2018-10")).message).toBe(
      "categories and months must be the same size: categories has 3 cells but months has 2.",
    );
    expect(
      errorOf(() =>
        ryTable(
          [
            ["2018-09", "2018-10"],
            ["2018-09", "2018-10"],
          ],
          types,
          "2018-10",
        ),
      ).message,
    ).toBe("months must be one row or one column, not 2 rows by 2 columns.");
    expect(errorOf(() => ryTable([["2018-09"], ["2018-10"], ["2018-10", "x"]], types, "2018-10")).message).toBe(
      "months is not a rectangle: row 3 has 2 cells where row 1 has 1.",
    );
    expect(errorOf(() => ryTable(months.slice(0, 2), [["Burglary"], []], "2018-10")).message).toBe(
      "categories is not a rectangle: row 2 has 0 cells where row 1 has 1.",
    );
    expect(
      errorOf(() => ryTable(months.slice(0, 2), [["Burglary"], [new ExcelError("#N/A")]], "2018-10")).message,
    ).toBe("categories: row 2 is #N/A: correct the cell, or leave its row out of the ranges.");
    expect(
      errorOf(() => ryTable(months.slice(0, 2), types.slice(0, 2), "2018-10", undefined, "Maidstone")).message,
    ).toBe('area is "Maidstone" but there is no areas range: give the extract\'s area column too.');
    expect(
      errorOf(() => ryTable(months.slice(0, 2), types.slice(0, 2), "2018-10", undefined, undefined, [["groups"]]))
        .message,
    ).toMatch(/^grouping must be "police-uk", "none" or a grouping table/);
    expect(errorOf(() => ryTable(months.slice(0, 2), types.slice(0, 2), 0)).message).toBe(
      "end_month is blank: expected a date or a month such as 2017-10.",
    );
  });

  it("is #N/A naming what is missing for an area or end month not in the data", () => {
    const error = errorOf(() =>
      ryTable(months.slice(0, 2), types.slice(0, 2), "2018-10", column(["Swale 001A", "Swale 002A"]), "Dover"),
    );
    expect(error.code).toBe("#N/A");
    expect(error.message).toMatch(/Dover/);
  });
});
