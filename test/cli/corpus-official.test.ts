/**
 * Official statistics from more publishers (issue 19; provenance under "Official statistics from more
 * publishers" in test/fixtures/corpus/README.md): Scottish Government, OHID (PHE) Fingertips, Home
 * Office, Hospital Episode Statistics, Transport for Greater Manchester, the Youth Justice Board, ONS,
 * DfT, MHCLG and Defra tables, most as Trafford Data Lab republishes them. Each table `satk` makes is
 * checked against sums made here with a plain CSV reader; each refusal must exit 3 and name the file,
 * the column and what to do.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { runSatk, type SatkRun } from "./run-satk";
import { CORPUS } from "../corpus-files";

const at = (name: string): string => join(CORPUS, name);

/** A plain reader of a whole CSV file: quotes may hold commas and line breaks; CRLF and LF both end a row. */
function csv(name: string): { header: string[]; rows: string[][] } {
  const text = readFileSync(at(name), "utf8");
  const rows: string[][] = [];
  let row: string[] = [];
  let cur = "";
  let quoted = false;
  const endField = (): void => {
    row.push(cur);
    cur = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cur += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (!quoted && c === ",") endField();
    else if (!quoted && (c === "\n" || c === "\r")) {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endField();
      rows.push(row);
      row = [];
    } else cur += c;
  }
  if (cur !== "" || row.length > 0) rows.push([...row, cur]);
  const [header, ...data] = rows.filter((r) => !(r.length === 1 && r[0] === ""));
  return { header, rows: data };
}

/** Sums of column `value` by the key each row gives (rows given undefined are left out). */
function sums(rows: string[][], key: (r: string[]) => string | undefined, value: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) {
    const k = key(r);
    if (k !== undefined) out.set(k, (out.get(k) ?? 0) + Number(r[value]));
  }
  return out;
}

/** The table's first column mapped to the cell under `heading`. */
function column(run: SatkRun, heading: string): Map<string, string> {
  const c = run.table[0].indexOf(heading);
  expect([heading, c >= 0]).toEqual([heading, true]);
  return new Map(run.table.slice(1).map((r) => [r[0], r[c]]));
}

/** A refusal: exit 3, naming the file, the column(s) and a way forward (a flag, or what to give instead). */
function expectRefusal(run: SatkRun, file: string, columns: string[], remedy: RegExp): void {
  expect([run.code, run.out]).toEqual([3, ""]);
  expect(run.err).toContain(file);
  for (const c of columns) expect(run.err).toContain(`"${c}"`);
  expect(run.err).toMatch(remedy);
}

describe("Scottish Government recorded crime by council area (long, financial years, totals, groups and details)", () => {
  const file = "sg-recorded-crime-la-stirling-clackmannanshire.csv";
  const { rows } = csv(file);

  it("refuses the reading that takes the one-value column area_type as the category, naming crime_or_offence", async () => {
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(["Local Authority"]));
    const run = await runSatk("table", "category-by-year", "--input", at(file));
    expectRefusal(run, file, ["crime_or_offence"], /--category-column|--filter/);
  });

  it("read for all-crimes only, as the refusal suggests, gives each year's crimes as the two areas' totals add up", async () => {
    const run = await runSatk(
      "table",
      "category-by-year",
      "--years",
      "10",
      "--filter",
      "crime_or_offence=all-crimes",
      "--input",
      at(file),
    );
    expect(run.code).toBe(0);
    const byYear = sums(
      rows.filter((r) => r[3] === "all-crimes"),
      (r) => r[2].replace(/^(\d{4})\/\d{2}(\d{2})$/, "$1/$2"),
      5,
    );
    expect(byYear.size).toBe(26);
    const last10 = [...byYear].sort(([a], [b]) => a.localeCompare(b)).slice(-10);
    expect(run.table[0].slice(1)).toEqual(last10.map(([year]) => year));
    for (const [year, n] of last10) expect([year, column(run, year).get("Total")]).toEqual([year, String(n)]);
  });

  it("refuses the crime_or_offence reading, whose totals the parts (groups and crimes together) do not reproduce", async () => {
    const run = await runSatk(
      "table",
      "category-by-year",
      "--category-column",
      "crime_or_offence",
      "--input",
      at(file),
    );
    expectRefusal(run, file, ["value"], /own total/);
    // The figure the refusal quotes is the file's own total on the row it names.
    const [, rowNumber, figure] =
      /row (\d+): the file's own total for .+? in column "value" is (\d+)/.exec(run.err) ?? [];
    const row = rows[Number(rowNumber) - 2];
    expect([/^all-(crimes|offences)$/.test(row[3]), row[5]]).toEqual([true, figure]);
  });
});

describe("Scottish Government Data Zone 2011 lookup (one row per data zone, no periods)", () => {
  it("refuses it as data, asking for a period column", async () => {
    const file = "sg-datazone2011-lookup-stirling.csv";
    const run = await runSatk("table", "category-by-year", "--input", at(file));
    expectRefusal(run, file, [], /--period-column/);
  });
});

describe("OHID (PHE) Fingertips export: campylobacter incidence, England, regions and counties in one file", () => {
  const file = "phe-fingertips-campylobacter-county-ua.data.csv";
  const { header, rows } = csv(file);
  const col = (name: string): number => header.indexOf(name);

  it("refuses to add England, its regions and their counties together, naming the code column", async () => {
    expect(new Set(rows.map((r) => r[col("Area Type")]))).toEqual(new Set(["Country", "Region", "County & UA"]));
    const run = await runSatk("table", "category-by-year", "--input", at(file));
    expectRefusal(run, file, ["Area Code"], /--filter/);
  });

  it("filtered to counties and unitary authorities of all ages, gives each year's count as those rows add up", async () => {
    const run = await runSatk(
      "table",
      "category-by-year",
      "--years",
      "3",
      "--filter",
      "Area Type=County & UA",
      "--filter",
      "Age=All ages",
      "--input",
      at(file),
    );
    expect(run.code).toBe(0);
    const counties = rows.filter(
      (r) => r[col("Area Type")] === "County & UA" && r[col("Age")] === "All ages" && r[col("Count")] !== "",
    );
    const byYear = sums(counties, (r) => r[col("Time period")], col("Count"));
    expect([...byYear.keys()].sort()).toEqual(["2015", "2016", "2017"]);
    for (const [year, n] of byYear) expect([year, column(run, year).get("Total")]).toEqual([year, String(n)]);
  });
});

describe("rates, ratios and scores are refused, naming the column", () => {
  const cases: [string, string[]][] = [
    ["ho-trafford-ward-burglary-rate.csv", ["value"]],
    ["hes-trafford-ward-self-harm-admissions-ratio.csv", ["value"]],
    ["ho-csp-offence-rate-trafford.csv", ["value"]],
    ["mhclg-iod2019-lad-imd-rows.csv", ["average_rank"]],
  ];
  it.each(cases)("%s", async (file, columns) => {
    for (const recipe of ["category-by-year", "period-comparison"]) {
      const run = await runSatk("table", recipe, "--input", at(file));
      expectRefusal(run, file, columns, /--count-column/);
    }
  });
});

describe("Transport for Greater Manchester: killed or seriously injured by Trafford ward, 2017", () => {
  const file = "tfgm-trafford-ward-ksi-2017.csv";
  const { rows } = csv(file);

  it("gives each ward its own count and the year the sum of the wards", async () => {
    const byArea = await runSatk("table", "period-comparison", "--by", "area", "--input", at(file));
    expect(byArea.code).toBe(0);
    const got = column(byArea, "Jan 2017 - Dec 2017");
    for (const r of rows.filter((row) => row[6] !== "0")) expect([r[1], got.get(r[1])]).toEqual([r[1], r[6]]);
    const byYear = await runSatk("table", "category-by-year", "--input", at(file));
    expect(column(byYear, "2017").get("Total")).toBe(String(rows.reduce((s, r) => s + Number(r[6]), 0)));
  });
});

describe("Youth Justice Board: children cautioned or sentenced (England and authorities; counts and rates)", () => {
  const file = "yjb-children-cautioned-or-sentenced.csv";
  const { rows } = csv(file);

  it("refuses to add England to its authorities, naming the code column", async () => {
    const run = await runSatk("table", "category-by-year", "--input", at(file));
    expectRefusal(run, file, ["area_code"], /--filter/);
  });

  it("read for the authorities' counts only, compares each authority's 2024/25 with 2023/24 as the file has them", async () => {
    const run = await runSatk(
      "table",
      "period-comparison",
      "--by",
      "area",
      "--filter",
      "area_type=UA",
      "--filter",
      "measure=Count",
      "--input",
      at(file),
    );
    expect(run.code).toBe(0);
    const counts = rows.filter((r) => r[2] === "UA" && r[5] === "Count");
    const latest = sums(
      counts.filter((r) => r[3] === "2024/25"),
      (r) => r[1],
      7,
    );
    const before = sums(
      counts.filter((r) => r[3] === "2023/24"),
      (r) => r[1],
      7,
    );
    const got = new Map(run.table.slice(1).map((r) => [r[0], [r[1], r[2]]]));
    const all = (m: Map<string, number>, but: string[] = []): string =>
      String([...m].filter(([area]) => !but.includes(area)).reduce((a, [, n]) => a + n, 0));
    // The force guessed is Greater Manchester: its own districts are rows, the other authorities "Other areas".
    const own = ["Stockport", "Trafford"];
    for (const area of own)
      expect([area, got.get(area)]).toEqual([area, [String(latest.get(area)), String(before.get(area))]]);
    expect(got.get("Other areas")).toEqual([all(latest, own), all(before, own)]);
    expect(got.get("Force")).toEqual([all(latest), all(before)]);
  });
});

describe("ONS Census 2021: usual residents by sex, Greater Manchester districts (All persons beside Female and Male)", () => {
  const file = "ons-census2021-population-by-sex-gm.csv";
  const { rows } = csv(file);

  it("never adds All persons to Female and Male, and reproduces it", async () => {
    const run = await runSatk("table", "category-by-year", "--input", at(file));
    expect(run.code).toBe(0);
    const got = column(run, "2021†");
    const bySex = sums(rows, (r) => r[4], 7);
    expect(got.get("Female")).toBe(String(bySex.get("Female")));
    expect(got.get("Male")).toBe(String(bySex.get("Male")));
    expect(got.has("All persons")).toBe(false);
    expect(got.get("Total")).toBe(String(bySex.get("All persons")));
  });
});

describe("ONS census 1981-2021: Trafford's residents by sex and age group (All ages beside its bands)", () => {
  const file = "ons-census-1981-2021-population-sex-age-trafford.csv";
  const { rows } = csv(file);

  it("refuses the reading that would add All ages to its own age bands, naming age_group", async () => {
    const run = await runSatk("table", "category-by-year", "--input", at(file));
    expectRefusal(run, file, ["age_group"], /--filter|--category-column/);
  });

  it("read by age group for persons only, refuses All ages that its rounded bands do not reproduce", async () => {
    const run = await runSatk(
      "table",
      "period-comparison",
      "--by",
      "category",
      "--category-column",
      "age_group",
      "--filter",
      "sex=Persons",
      "--input",
      at(file),
    );
    expectRefusal(run, file, ["value"], /own total/);
    // ONS rounds each figure on its own: the quoted total is the file's All ages, its bands add up otherwise.
    const [, rowNumber, figure, parts] =
      /row (\d+): the file's own total for .+? in column "value" is (\d+), but the rows it totals add up to (\d+)/.exec(
        run.err,
      ) ?? [];
    const row = rows[Number(rowNumber) - 2];
    expect([row[7], row[8], row[9]]).toEqual(["Persons", "All ages", figure]);
    const bands = rows.filter((r) => r[7] === "Persons" && r[3] === row[3] && r[8] !== "All ages");
    expect(String(bands.reduce((s, r) => s + Number(r[9]), 0))).toBe(parts);
  });
});

describe("DfT licensed vehicles in Trafford (year, quarter and an effective date)", () => {
  it("refuses two period columns, naming both and the flag", async () => {
    const file = "dft-licensed-vehicles-trafford.csv";
    const run = await runSatk("table", "category-by-year", "--input", at(file));
    expectRefusal(run, file, ["year", "effective_date"], /--period-column/);
  });
});

describe("Transport for Greater Manchester STATS19 casualties in Trafford, January 2019 to June 2024 (one row per casualty)", () => {
  const file = "tfgm-stats19-casualties-trafford-2019-2024.csv";
  const { rows } = csv(file);

  it("never takes number_vehicles (an attribute of each collision) as the count without asking", async () => {
    const run = await runSatk("table", "category-by-year", "--input", at(file));
    expectRefusal(run, file, ["number_vehicles", "number_casualties"], /--count-column|--layout/);
  });

  it("read as one row per casualty, counts casualties by severity and year as the rows do", async () => {
    const run = await runSatk(
      "table",
      "category-by-year",
      "--years",
      "5",
      "--layout",
      "record",
      "--period-column",
      "date",
      "--category-column",
      "casualty_severity",
      "--input",
      at(file),
    );
    expect(run.code).toBe(0);
    for (const year of ["2020", "2021", "2022", "2023"]) {
      const expected = sums(
        rows.filter((r) => r[1].startsWith(year)).map((r) => [r[9], "1"]),
        (r) => r[0],
        1,
      );
      const got = column(run, year);
      for (const [severity, n] of expected)
        expect([year, severity, got.get(severity)]).toEqual([year, severity, String(n)]);
      expect(got.get("Total")).toBe(String(rows.filter((r) => r[1].startsWith(year)).length));
    }
  });
});

describe("MHCLG rough sleeping counts, Greater Manchester districts, 2010-2017", () => {
  const file = "mhclg-rough-sleeping-gm.csv";
  const { rows } = csv(file);

  it("compares each district's 2017 count with 2016's, and the total with the file's sum", async () => {
    const run = await runSatk("table", "period-comparison", "--by", "area", "--input", at(file));
    expect(run.code).toBe(0);
    const latest = sums(
      rows.filter((r) => r[3] === "2017"),
      (r) => r[1],
      6,
    );
    const before = sums(
      rows.filter((r) => r[3] === "2016"),
      (r) => r[1],
      6,
    );
    const got = new Map(run.table.slice(1).map((r) => [r[0], [r[1], r[2]]]));
    for (const [area, n] of latest)
      expect([area, got.get(area)]).toEqual([area, [String(n), String(before.get(area))]]);
    const all = (m: Map<string, number>): string => String([...m.values()].reduce((a, b) => a + b, 0));
    expect(got.get("Force")).toEqual([all(latest), all(before)]);
  });

  it("gives every year's total, 2010 to 2017", async () => {
    const run = await runSatk("table", "category-by-year", "--years", "8", "--input", at(file));
    expect(run.code).toBe(0);
    for (const [year, n] of sums(rows, (r) => r[3], 6))
      expect([year, column(run, year).get("Total")]).toEqual([year, String(n)]);
  });
});

describe("England, Greater Manchester and Trafford in one file (Defra fly-tipping, MHCLG net additional dwellings)", () => {
  const cases: [string, number][] = [
    ["defra-flytipping-trafford.csv", 6],
    ["mhclg-net-additional-dwellings-trafford.csv", 6],
  ];

  it.each(cases)("%s: refuses to add England to its parts, naming the code column", async (file) => {
    const run = await runSatk("table", "category-by-year", "--input", at(file));
    expectRefusal(run, file, ["area_code"], /--filter/);
  });

  it.each(cases)("%s: filtered to Trafford, gives Trafford's own figures", async (file, value) => {
    const { header, rows } = csv(file);
    const period = header.indexOf("period");
    const run = await runSatk(
      "table",
      "category-by-year",
      "--years",
      "2",
      "--filter",
      "area_name=Trafford",
      "--input",
      at(file),
    );
    expect(run.code).toBe(0);
    const trafford = rows.filter((r) => r[1] === "Trafford");
    for (const heading of run.table[0].slice(1)) {
      const label = heading.replace(/[*†]$/, "");
      const r = trafford.find((row) => row[period].replace("-", "/").replace(/^(\d{4})\/(\d{2})$/, "$1/$2") === label);
      expect([heading, column(run, heading).get("Total")]).toEqual([heading, r?.[value]]);
    }
  });
});

describe("ONS LSOA (2021) to ward (2022) best-fit lookup for Greater Manchester", () => {
  it("refuses it as data, asking for a period column", async () => {
    const file = "ons-lsoa21-ward22-best-fit-lookup-gm.csv";
    const run = await runSatk("table", "category-by-year", "--input", at(file));
    expectRefusal(run, file, [], /--period-column/);
  });
});

describe("ONS and DWP alternative claimant count, monthly, Greater Manchester and Trafford in one file", () => {
  const file = "dwp-alternative-claimant-count-gm-trafford.csv";
  const { rows } = csv(file);

  it("refuses to add Greater Manchester to Trafford, naming the code column", async () => {
    const run = await runSatk("table", "rolling-year", "--input", at(file));
    expectRefusal(run, file, ["area_code"], /--filter/);
  });

  it("filtered to Trafford, refuses to add the claimant count to the alternative claimant count, naming group", async () => {
    const run = await runSatk("table", "rolling-year", "--filter", "area_name=Trafford", "--input", at(file));
    expectRefusal(run, file, ["group"], /--category-column|--filter/);
  });

  it("filtered to Trafford's claimant count, gives the latest month and the two rolling years as its months add up", async () => {
    const run = await runSatk(
      "table",
      "rolling-year",
      "--filter",
      "area_name=Trafford",
      "--filter",
      "group=Claimant count",
      "--input",
      at(file),
    );
    expect(run.code).toBe(0);
    const counted = rows.filter((r) => r[1] === "Trafford" && r[7] === "Claimant count");
    const trafford = new Map(counted.map((r) => [r[3].slice(0, 7), Number(r[6])]));
    expect(trafford.size).toBe(counted.length);
    const months = [...trafford.keys()].sort();
    expect(months.at(-1)).toBe("2019-04");
    const add = (from: number, to: number): string =>
      String(months.slice(from, to).reduce((s, m) => s + (trafford.get(m) ?? 0), 0));
    expect(run.table[0].slice(1, 4)).toEqual(["April 2019", "RY ending Apr 2019", "RY ending Apr 2018"]);
    for (const row of run.table.slice(1))
      expect(row.slice(1, 4)).toEqual([String(trafford.get("2019-04")), add(-12, months.length), add(-24, -12)]);
  });
});

describe("NHS England delayed transfers of care (average daily beds) and Trafford Council's register of HMOs", () => {
  it("refuses the average daily beds, naming the column", async () => {
    const file = "nhse-delayed-transfers-of-care-gm-trafford.csv";
    const run = await runSatk("table", "rolling-year", "--input", at(file));
    expectRefusal(run, file, ["value"], /--count-column/);
  });

  it("refuses the register of HMOs (licences, not events in periods), asking for a period column", async () => {
    const file = "trafford-council-licensed-hmos.csv";
    const run = await runSatk("table", "category-by-year", "--input", at(file));
    expectRefusal(run, file, [], /--period-column/);
  });
});
