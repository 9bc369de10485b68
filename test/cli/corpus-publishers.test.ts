/**
 * Corpus files from publishers and tools other than the police.uk forces (test/fixtures/corpus,
 * provenance under "Other publishers" in its README): each table `satk` makes is checked against sums
 * made here with a plain line reader adding up the file's own numbers, independently of the toolkit.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { runSatk } from "./run-satk";
import { CORPUS, plainFields } from "../corpus-files";

const at = (name: string): string => join(CORPUS, name);

const satk = runSatk;

/** The header and rows of a wide file whose month columns are headed YYYYMM. */
function wide(name: string): { header: string[]; rows: string[][]; months: number[] } {
  const [header, ...rows] = readFileSync(at(name), "utf8")
    .split(/\r?\n/)
    .filter((l) => l !== "")
    .map(plainFields);
  const months = header.map((h, i) => (/^\d{6}$/.test(h) ? i : -1)).filter((i) => i >= 0);
  return { header, rows, months };
}

/** Sums of the given month columns of the rows, by the value in column `by`. */
function sums(rows: string[][], by: number, columns: number[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const row of rows) out.set(row[by], (out.get(row[by]) ?? 0) + columns.reduce((s, c) => s + Number(row[c]), 0));
  return out;
}

/** The table's rows as label -> [latest month, rolling year, year before]. */
function rollingColumns(table: string[][]): Map<string, number[]> {
  return new Map(table.slice(1).map((r) => [r[0], [Number(r[1]), Number(r[2]), Number(r[3])]]));
}

/** For each label: [latest month, last 12 months, the 12 before], summed from the file. */
function expectedRolling(rows: string[][], by: number, months: number[]): Map<string, number[]> {
  const latest = sums(rows, by, months.slice(-1));
  const year = sums(rows, by, months.slice(-12));
  const before = sums(rows, by, months.slice(-24, -12));
  return new Map([...latest.keys()].map((k) => [k, [latest.get(k) ?? 0, year.get(k) ?? 0, before.get(k) ?? 0]]));
}

const total = (m: Map<string, number[]>): number[] =>
  [...m.values()].reduce((a, v) => a.map((x, i) => x + v[i]), [0, 0, 0]);

describe("Metropolitan Police borough-level crime (London Datastore, months as YYYYMM columns)", () => {
  const file = "mps-borough-level-crime-24-months-2-boroughs.csv";
  const { rows, months } = wide(file);

  it("reads the 24 YYYYMM columns as months, February 2022 to January 2024", async () => {
    const run = await satk("table", "rolling-year", "--input", at(file));
    expect(run.code).toBe(0);
    expect(months).toHaveLength(24);
    expect(run.err).toMatch(/24 columns are headed by months \(202202 to 202401\)/);
    expect(run.table[0][1]).toBe("January 2024");
  });

  it("gives each major class its own sums and All crime the file's total, with no police.uk groups", async () => {
    const run = await satk("table", "rolling-year", "--input", at(file));
    const expected = expectedRolling(rows, 0, months);
    const got = rollingColumns(run.table);
    for (const [major, values] of expected) expect([major, got.get(major)]).toEqual([major, values]);
    expect(got.get("All crime")).toEqual(total(expected));
    // Only Burglary, Robbery and Possession of Weapons are police.uk names: groups made of them would be wrong.
    expect(got.has("Victim based crime")).toBe(false);
    expect(got.has("Violent crime")).toBe(false);
  });

  it("gives one borough's table from that borough's rows only", async () => {
    const run = await satk("table", "rolling-year", "--area", "Barnet", "--input", at(file));
    expect(run.code).toBe(0);
    const expected = expectedRolling(
      rows.filter((r) => r[2] === "Barnet"),
      0,
      months,
    );
    const got = rollingColumns(run.table);
    for (const [major, values] of expected) expect([major, got.get(major)]).toEqual([major, values]);
    expect(got.get("All crime")).toEqual(total(expected));
  });

  it("compares the two boroughs with a force total equal to the file's", async () => {
    const run = await satk("table", "area-comparison", "--input", at(file));
    expect(run.code).toBe(0);
    const expected = expectedRolling(rows, 2, months);
    const got = rollingColumns(run.table);
    for (const [borough, values] of expected) expect([borough, got.get(borough)]).toEqual([borough, values]);
    expect(got.get("Force")).toEqual(total(expected));
  });
});

describe("Metropolitan Police ward-level crime (London Datastore: ward name, ward code, borough)", () => {
  const file = "mps-ward-level-crime-24-months-3-wards.csv";
  const { rows, months } = wide(file);

  it("takes wards as the areas and never counts the ward code", async () => {
    const run = await satk("table", "area-comparison", "--input", at(file));
    expect(run.code).toBe(0);
    const expected = expectedRolling(rows, 2, months);
    const got = rollingColumns(run.table);
    expect([...expected.keys()]).toEqual(["Abbey", "Alibon", "Becontree"]);
    for (const [ward, values] of expected) expect([ward, got.get(ward)]).toEqual([ward, values]);
    expect(got.get("Force")).toEqual(total(expected));
  });

  it("gives each major class of one ward its own sums", async () => {
    const run = await satk("table", "rolling-year", "--area", "Alibon", "--input", at(file));
    expect(run.code).toBe(0);
    const expected = expectedRolling(
      rows.filter((r) => r[2] === "Alibon"),
      0,
      months,
    );
    const got = rollingColumns(run.table);
    for (const [major, values] of expected) expect([major, got.get(major)]).toEqual([major, values]);
    expect(got.get("All crime")).toEqual(total(expected));
  });
});

describe("Metropolitan Police borough-level crime merged and re-saved by pandas (counts written as 6.0)", () => {
  const file = "mps-borough-pandas-float-counts-barking.csv";
  const { rows, months } = wide(file);

  it("reads 166 months, April 2010 to January 2024, and counts written 6.0 as 6", async () => {
    const run = await satk("table", "rolling-year", "--input", at(file));
    expect(run.code).toBe(0);
    expect(months).toHaveLength(166);
    const expected = expectedRolling(rows, 0, months);
    const got = rollingColumns(run.table);
    for (const [major, values] of expected) expect([major, got.get(major)]).toEqual([major, values]);
    expect(got.get("All crime")).toEqual(total(expected));
  });

  it("gives financial-year totals equal to the file's sums over April to March", async () => {
    const run = await satk("table", "fy-pivot", "--input", at(file));
    expect(run.code).toBe(0);
    const header = wide(file).header;
    const totalColumn = run.table[0].length - 1;
    for (const start of [2012, 2018, 2022]) {
      const columns = months.filter((c) => {
        const ym = Number(header[c]);
        return ym >= start * 100 + 4 && ym <= (start + 1) * 100 + 3;
      });
      const expected = rows.reduce((s, r) => s + columns.reduce((t, c) => t + Number(r[c]), 0), 0);
      const row = run.table.find((r) => r[0].startsWith(String(start)));
      expect([start, Number(row?.[totalColumn])]).toEqual([start, expected]);
    }
  });
});

describe("London crime by LSOA (Metropolitan Police data as Kaggle samples it: year and month as numbers, count in value)", () => {
  const file = "london-crime-by-lsoa-kaggle-sample-1000.csv";
  const [, ...rows] = readFileSync(at(file), "utf8")
    .split(/\r?\n/)
    .filter((l) => l !== "")
    .map(plainFields);
  /** Sums of `value` (column 4) by the given column, for rows of the given years. */
  const byYear = (by: number, year: string): Map<string, number> => {
    const out = new Map<string, number>();
    for (const r of rows.filter((row) => row[5] === year)) out.set(r[by], (out.get(r[by]) ?? 0) + Number(r[4]));
    return out;
  };

  it("sums value by major category and calendar year for all nine years, 2008 to 2016", async () => {
    const run = await satk("table", "category-by-year", "--years", "9", "--input", at(file));
    expect(run.code).toBe(0);
    expect(run.table[0]).toEqual(["Category", ...Array.from({ length: 9 }, (_, i) => String(2008 + i))]);
    for (let y = 2008; y <= 2016; y++) {
      const expected = byYear(2, String(y));
      const column = y - 2007;
      for (const [category, n] of expected)
        expect([y, category, run.table.find((r) => r[0] === category)?.[column]]).toEqual([y, category, String(n)]);
      const sum = [...expected.values()].reduce((a, b) => a + b, 0);
      expect([y, run.table.find((r) => r[0] === "Total")?.[column]]).toEqual([y, String(sum)]);
    }
  });

  it("compares boroughs over 2016 and 2015, never counting the LSOA code, with no police.uk groups", async () => {
    const run = await satk("table", "area-comparison", "--input", at(file));
    expect(run.code).toBe(0);
    const latest = byYear(1, "2016");
    const before = byYear(1, "2015");
    const got = new Map(run.table.slice(1).map((r) => [r[0], [Number(r[2]), Number(r[3])]]));
    for (const borough of new Set([...latest.keys(), ...before.keys()])) {
      expect([borough, got.get(borough)]).toEqual([borough, [latest.get(borough) ?? 0, before.get(borough) ?? 0]]);
    }
    const rolling = await satk("table", "rolling-year", "--input", at(file));
    expect(rolling.table.some((r) => r[0] === "Violent crime" || r[0] === "Victim based crime")).toBe(false);
  });
});
