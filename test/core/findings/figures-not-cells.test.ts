import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { keyFindings } from "../../../src/core/findings/key-findings";
import { monthIndex } from "../../../src/core/periods/month-index";
import { areaComparison } from "../../../src/core/tables/area-comparison";
import { categoryByYear } from "../../../src/core/tables/category-by-year";
import { fyPivot } from "../../../src/core/tables/fy-pivot";
import { partnerCounts } from "../../../src/core/tables/partner-counts";
import { periodComparison } from "../../../src/core/tables/period-comparison";
import { parsePopulationTable } from "../../../src/core/tables/population-table";
import { rateTable } from "../../../src/core/tables/rate-table";
import { rollingYear } from "../../../src/core/tables/rolling-year";
import { surveyTable } from "../../../src/core/tables/survey-table";
import type { TableModel } from "../../../src/core/tables/table-model";
import { countsDataset } from "../tables/police-uk-fixture";
import {
  SEED_2_5_RATES,
  SEED_3_1_DISTRICTS,
  SEED_4_1_ASB,
  seedDataset,
  type SeedSeries,
} from "../tables/seed-builders";

const OCT_2017 = monthIndex(2017, 10);

/** Seed 2.5's rates as offences over populations of 1,000 (as rate-findings.test.ts builds them). */
function rates(): TableModel {
  const ds = countsDataset([
    ...SEED_2_5_RATES.map(([d, r]) => ["2017-03", "Burglary", d, r] as [string, string, string, number]),
    ["2016-04", "Burglary", "Maidstone", 0],
  ]);
  const population = parsePopulationTable([["Area", "Population"], ...SEED_2_5_RATES.map(([d]) => [d, 1000])]);
  return rateTable(ds, { population, endMonth: monthIndex(2017, 3) });
}

/** Seed 2.4's Allington and Barming respondents (as survey-findings.test.ts gives them). */
function survey(): TableModel {
  const answers = ["Very worried", "Somewhat worried", "Not very worried", "Not worried at all"];
  const ward = (name: string, counts: number[]) =>
    counts.flatMap((n, i) => Array.from({ length: n }, () => [name, answers[i]]));
  return surveyTable({
    answers: [["Ward", "Worry"], ...ward("Allington Ward", [4, 24, 39, 7]), ...ward("Barming Ward", [1, 8, 12, 1])],
    groupColumn: "Ward",
    answerColumn: "Worry",
    answerOrder: answers,
  });
}

/** Three financial years of two categories, April 2014 to March 2017, and a part year after them. */
function byYear(): ReturnType<typeof countsDataset> {
  const entries: [string, string, string, number][] = [];
  for (let k = 0; k < 40; k++) {
    const month = `${2014 + Math.floor((3 + k) / 12)}-${String(((3 + k) % 12) + 1).padStart(2, "0")}`;
    const year = Math.floor(k / 12);
    entries.push([month, "Noise", "Maidstone", 20 + 3 * year], [month, "Dogs", "Maidstone", 10 - year]);
  }
  return countsDataset(entries);
}

const districts = seedDataset(SEED_3_1_DISTRICTS.map(([, d, m, a, b]) => ["Violent crime", d, m, a, b] as SeedSeries));
const asb = seedDataset(SEED_4_1_ASB.map(([d, a, b, c]) => ["Anti-social behaviour", d, 0, a, b, c] as SeedSeries));

/** A table of each recipe whose findings come from its figures, with an area of interest it holds. */
const TABLES: [string, TableModel, string | null][] = [
  ["rate", rates(), "Maidstone"],
  ["survey", survey(), null],
  ["fy-pivot", fyPivot(byYear(), { category: "Noise" }), null],
  ["category-by-year", categoryByYear(byYear(), { years: 3, startMonth: 4, endMonth: monthIndex(2017, 3) }), null],
  ["rolling-year", rollingYear(districts, { area: "Maidstone", endMonth: OCT_2017 }), null],
  ["area-comparison", areaComparison(districts, { category: "Violent crime", endMonth: OCT_2017 }), "Maidstone"],
  [
    "period-comparison",
    periodComparison(asb, { category: "Anti-social behaviour", periods: 3, endMonth: OCT_2017 }),
    "Gravesham",
  ],
  [
    "partner-counts",
    partnerCounts({
      table: [
        ["Ward", "2015/16", "2016/17", "2017/18"],
        ["Allington", 100, 120, 90],
        ["Barming", 50, 40, 80],
        ["Bearsted", 70, 70, 71],
      ],
    }),
    null,
  ],
];

/** The table with every cell blanked and the cells of each row and the header rows in reverse: only its figures are left. */
function blanked(table: TableModel): TableModel {
  return {
    ...table,
    headerRows: table.headerRows.map((row) => row.map(() => ({ text: "" }))).reverse(),
    rows: table.rows.map((row) => ({ ...row, cells: row.cells.map(() => ({ kind: "text" as const, value: null })) })),
  };
}

describe("the key findings read what the recipes computed, never the cells", () => {
  it.each(TABLES)("give the same sentences for the %s table whose cells are blanked", (_id, table, area) => {
    const findings = keyFindings([table], { area, forceName: "Kent" });
    expect(findings[0].findings.length).toBeGreaterThan(0);
    expect(keyFindings([blanked(table)], { area, forceName: "Kent" })).toEqual(findings);
  });

  it("give the same sentences whose cells are in reverse order, every table at once", () => {
    const tables = TABLES.map(([, t]) => t);
    const reversed = tables.map((t) => ({ ...t, rows: t.rows.map((r) => ({ ...r, cells: [...r.cells].reverse() })) }));
    expect(keyFindings(reversed, { area: "Maidstone" })).toEqual(keyFindings(tables, { area: "Maidstone" }));
  });

  it("are written by no file of src/core/findings that reads a cell or a header (findings-table.ts makes one)", () => {
    const dir = join(__dirname, "..", "..", "..", "src", "core", "findings");
    const reads = readdirSync(dir)
      .filter((name) => name.endsWith(".ts") && name !== "findings-table.ts")
      .flatMap((name) =>
        readFileSync(join(dir, name), "utf8")
          .split("\n")
          .map((line, i) => `${name}:${i + 1}: ${line.trim()}`)
          .filter((line) => /\.cells\b|\bcells\[|headerRows/.test(line)),
      );
    expect(reads).toEqual([]);
  });
});
