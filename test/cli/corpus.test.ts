/**
 * The corpus of real public files (test/fixtures/corpus, provenance in its README): each file's tables
 * are checked against counts made here with a plain line reader, independently of the toolkit's
 * scanner, and no `satk` run on a corpus file ends in a wrong number - the right table, or exit code 3
 * with a message naming what to do.
 */
import { readFileSync, readdirSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runSatk } from "./run-satk";
import { CORPUS, plainFields } from "../corpus-files";
import { naiveRows } from "../police-uk-files";

const at = (name: string): string => join(CORPUS, name);
const dir = mkdtempSync(join(tmpdir(), "satk-corpus-"));

const satk = runSatk;

function plainRows(name: string): string[][] {
  return readFileSync(at(name), "utf8")
    .split(/\r?\n/)
    .filter((l) => l !== "")
    .slice(1)
    .map(plainFields);
}

function tally(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/** The table's rows as label -> cell of the given column header. */
function column(table: string[][], header: string): Map<string, string> {
  const c = table[0].indexOf(header);
  return new Map(table.slice(1).map((row) => [row[0], row[c]]));
}

describe("police.uk files re-saved by pandas and R are read as records, never as counts", () => {
  it.each(["2018-10-kent-street-pandas-to_csv.csv", "2018-10-kent-street-R-write.csv"])(
    "counts the rows of %s by crime type",
    async (file) => {
      const rows = plainRows(file);
      const expected = tally(rows.map((r) => r[10]));
      const run = await satk(
        "table",
        "period-comparison",
        "--by",
        "category",
        "--period-months",
        "1",
        "--input",
        at(file),
      );
      expect(run.code).toBe(0);
      const october = column(run.table, "Oct 2018");
      for (const [type, n] of expected)
        if (type !== "Anti-social behaviour") expect([type, october.get(type)]).toEqual([type, String(n)]);
      expect(october.get("All crime")).toBe(String(rows.filter((r) => r[10] !== "Anti-social behaviour").length));
      expect(run.err).toMatch(/holds row numbers written by the tool that re-saved the file/);
    },
  );
});

describe("a police.uk outcomes file gives outcome tables", () => {
  const rows = plainRows("2024-11-gwent-outcomes-first300.csv");

  it("counts outcomes by Outcome type, titled and totalled as outcomes, with no crime groups", async () => {
    const run = await satk("table", "rolling-year", "--input", at("2024-11-gwent-outcomes-first300.csv"));
    expect(run.code).toBe(0);
    const november = column(run.table, "November 2024");
    for (const [type, n] of tally(rows.map((r) => r[9]))) expect([type, november.get(type)]).toEqual([type, String(n)]);
    expect(november.get("All outcomes")).toBe(String(rows.length));
    expect(november.has("All crime")).toBe(false);
    expect(november.has("Victim based crime")).toBe(false);
    expect(run.err).toMatch(/kind: outcomes/);
    expect(run.err).toMatch(/category "Outcome type"/);
  });

  it("reads only the rows a --filter keeps", async () => {
    const run = await satk(
      "table",
      "rolling-year",
      "--input",
      at("2024-11-gwent-outcomes-first300.csv"),
      "--filter",
      "Outcome type=Unable to prosecute suspect",
    );
    expect(run.code).toBe(0);
    expect(column(run.table, "November 2024").get("All outcomes")).toBe(
      String(rows.filter((r) => r[9] === "Unable to prosecute suspect").length),
    );
  });
});

describe("a month,count series is one series named after its count column", () => {
  it("charts the Gwent monthly counts, which equal the rows of the police.uk street files", async () => {
    const run = await satk("table", "spc-series", "--input", at("gwent-monthly-counts.csv"));
    expect(run.code).toBe(0);
    const street = tally(naiveRows("gwent").map((r) => r[1]));
    const byMonth = new Map(run.table.slice(1).map((row) => [row[1], row]));
    expect(run.table[1][0]).toBe("count");
    for (const [month, n] of street) {
      const label = `${"Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ")[Number(month.slice(5)) - 1]} ${month.slice(0, 4)}`;
      expect([month, byMonth.get(label)?.[2]]).toEqual([month, String(n)]);
    }
  });
});

describe("periods beyond months", () => {
  const monthly = plainRows("gwent-monthly-counts.csv").map(([m, n]) => ({ month: m, n: Number(n) }));
  const sum = (from: string, to: string) =>
    monthly.filter((r) => r.month >= from && r.month <= to).reduce((s, r) => s + r.n, 0);

  it("reads years as columns, never adding the change_pct column", async () => {
    const rows = plainRows("gwent-crime-type-by-year-wide.csv");
    const run = await satk("table", "category-by-year", "--input", at("gwent-crime-type-by-year-wide.csv"));
    expect(run.code).toBe(0);
    for (const [type, y2023, y2024] of rows)
      expect(run.table.find((r) => r[0] === type)?.slice(1)).toEqual([y2023, y2024]);
    const total = run.table.find((r) => r[0] === "Total");
    expect(total?.slice(1)).toEqual([
      String(rows.reduce((s, r) => s + Number(r[1]), 0)),
      String(rows.reduce((s, r) => s + Number(r[2]), 0)),
    ]);
    expect(run.err).toMatch(/Not counted: "change_pct"/);
  });

  it("reads financial-year rows (2023-24) and totals them as the months they cover", async () => {
    const run = await satk("table", "category-by-year", "--input", at("gwent-financial-year-counts.csv"));
    expect(run.code).toBe(0);
    expect(run.table[0]).toEqual(["Category", "2023/24", "2024/25"]);
    expect(run.table.find((r) => r[0] === "Total")?.slice(1)).toEqual([
      String(sum("2023-04", "2024-03")),
      String(sum("2024-04", "2025-03")),
    ]);
  });

  it("reads separate Calendar_Year and Month columns as months", async () => {
    const run = await satk("table", "fy-pivot", "--input", at("gwent-calendar-year-month.csv"));
    expect(run.code).toBe(0);
    const fy = run.table.find((r) => r[0] === "2023/24");
    expect(fy?.[fy.length - 1]).toBe(String(sum("2023-04", "2024-03")));
  });

  it.each(["rolling-year", "spc-series", "fy-pivot"])(
    "refuses yearly data for %s, naming the periods found",
    async (recipe) => {
      const run = await satk("table", recipe, "--input", at("gwent-financial-year-counts.csv"));
      expect(run.code).toBe(3);
      expect(run.err).toMatch(
        new RegExp(
          `The ${recipe} table needs monthly data, but the data hold financial years \\(2023/24 to 2024/25\\)`,
        ),
      );
    },
  );
});

describe("stop-and-search files: searches by type, object and outcome, in UK time", () => {
  const header =
    "Type,Date,Part of a policing operation,Policing operation,Latitude,Longitude,Gender,Age range,Self-defined ethnicity,Officer-defined ethnicity,Legislation,Object of search,Outcome,Outcome linked to object of search,Removal of more than just outer clothing";
  const file = join(dir, "2019-04-city-of-london-stop-and-search.csv");
  writeFileSync(
    file,
    [
      header,
      "Person search,2019-03-31T23:00:00+00:00,False,,51.51,-0.09,Male,18-24,,White,Misuse of Drugs Act 1971 (section 23),Controlled drugs,A no further action disposal,False,False",
      "Person search,2019-04-10T12:00:00+00:00,False,,51.51,-0.09,Male,25-34,,Black,Misuse of Drugs Act 1971 (section 23),Controlled drugs,Arrest,True,False",
      "Vehicle search,2019-04-30T23:30:00+00:00,False,,,,,,,,Police and Criminal Evidence Act 1984 (section 1),Stolen goods,A no further action disposal,False,",
    ].join("\n"),
  );

  it("counts searches by type in the UK month (23:00 UTC on 31 March 2019 is April; 23:30 UTC on 30 April is May)", async () => {
    const run = await satk("table", "category-by-year", "--input", file);
    expect(run.code).toBe(0);
    const april = await satk(
      "table",
      "period-comparison",
      "--by",
      "category",
      "--period-months",
      "1",
      "--end-month",
      "2019-04",
      "--input",
      file,
    );
    expect(april.code).toBe(0);
    expect(april.table[0][0]).toBe("Category");
    expect(april.table.find((r) => r[0] === "Person search")?.[1]).toBe("2");
    expect(april.table.find((r) => r[0] === "All searches")?.[1]).toBe("2");
    expect(run.err).toMatch(/kind: stop and searches/);
  });

  it("counts by object of search when asked, and never adds the 0/1 or coordinate columns", async () => {
    const run = await satk("table", "category-by-year", "--input", file, "--category-column", "Object of search");
    expect(run.code).toBe(0);
    expect(run.table.find((r) => r[0] === "Controlled drugs")?.at(-1)).toBe("2");
    expect(run.table.find((r) => r[0] === "Total")?.at(-1)).toBe("3");
  });
});

describe("what is not a count is refused, naming the file, the column and the flag", () => {
  it("refuses a column of rates", async () => {
    const file = join(dir, "rates.csv");
    writeFileSync(file, "Month,Area,rate_per_1000\n2023-01,Newport,4.2\n2023-02,Newport,3.9\n");
    const run = await satk("table", "spc-series", "--input", file);
    expect(run.code).toBe(3);
    expect(run.err).toMatch(/^satk: rates\.csv: column "rate_per_1000" holds rates or other measures .*--count-column/);
  });

  it("refuses Longitude chosen as the count", async () => {
    const run = await satk(
      "table",
      "rolling-year",
      "--input",
      at("2024-11-gwent-outcomes-first300.csv"),
      "--layout",
      "long",
      "--count-column",
      "Longitude",
    );
    expect(run.code).toBe(3);
    expect(run.err).toMatch(
      /2024-11-gwent-outcomes-first300\.csv: column "Longitude" holds coordinates, not counts .*--count-column/,
    );
  });
});

describe("the Metropolitan Police tables of a public analysis (pandas outputs of police.uk data)", () => {
  const byCrime = plainRows("met-monthly_by_crime.csv").map(([type, month, n]) => ({ type, month, n: Number(n) }));
  const sumOf = (keep: (r: { type: string; month: string }) => boolean) =>
    byCrime.filter(keep).reduce((s, r) => s + r.n, 0);

  it.each(["met-crime_annual_change.csv", "met-monthly_by_crime.csv", "met-crime_indexed.csv"])(
    "gives %s by type and year as the monthly counts add up, never adding change_pct or index_value",
    async (file) => {
      const run = await satk("table", "category-by-year", "--years", "3", "--input", at(file));
      expect(run.code).toBe(0);
      expect(run.table[0]).toEqual(["Category", "2023", "2024", "2025"]);
      for (const type of new Set(byCrime.map((r) => r.type))) {
        const expected = ["2023", "2024", "2025"].map((y) =>
          String(sumOf((r) => r.type === type && r.month.startsWith(y))),
        );
        expect([type, ...(run.table.find((r) => r[0] === type)?.slice(1) ?? [])]).toEqual([type, ...expected]);
      }
    },
  );

  it("charts monthly_totals (first-of-month dates) as one series named count, equal to the months of monthly_by_crime, adding up to the headline total", async () => {
    const run = await satk("table", "spc-series", "--input", at("met-monthly_totals.csv"));
    expect(run.code).toBe(0);
    expect(new Set(run.table.slice(1).map((r) => r[0]))).toEqual(new Set(["count"]));
    const months = [...new Set(byCrime.map((r) => r.month))];
    expect(run.table.slice(1).map((r) => Number(r[2]))).toEqual(months.map((m) => sumOf((r) => r.month === m)));
    const headline = Number(plainRows("met-headline_totals.csv")[0][0]);
    expect(run.table.slice(1).reduce((s, r) => s + Number(r[2]), 0)).toBe(headline);
  });

  it("titles stop and searches by object of search as searches, with an All searches total and no crime groups", async () => {
    const rows = plainRows("met-ss_monthly_search_type.csv").map(([month, object, n]) => ({
      month,
      object,
      n: Number(n),
    }));
    const run = await satk("table", "rolling-year", "--input", at("met-ss_monthly_search_type.csv"));
    expect(run.code).toBe(0);
    const year = column(run.table, "RY ending Dec 2025");
    expect(year.get("All searches")).toBe(
      String(rows.filter((r) => r.month >= "2025-01").reduce((s, r) => s + r.n, 0)),
    );
    expect(year.get("Controlled drugs")).toBe(
      String(rows.filter((r) => r.month >= "2025-01" && r.object === "Controlled drugs").reduce((s, r) => s + r.n, 0)),
    );
    expect(year.has("All crime")).toBe(false);
    expect(run.err).toMatch(/kind: stop and searches/);
  });

  it("refuses a headline total over a span of months (date_from to date_to), naming the file, the columns and the flag", async () => {
    const run = await satk("table", "category-by-year", "--input", at("met-headline_totals.csv"));
    expect(run.code).toBe(3);
    expect(run.err).toBe(
      'satk: met-headline_totals.csv: columns "date_from" and "date_to" both hold periods, so each count seems to cover a span of time (from one to the other); a count over a span cannot be placed in months or years without a wrong number. Give counts per period, or choose the one period column with --period-column.\n',
    );
  });

  it.each(["met-ss_outcomes_by_search.csv", "met-ss_borough.csv"])(
    "refuses %s, which has no periods, naming the file and the flags",
    async (file) => {
      const run = await satk("table", "category-by-year", "--input", at(file));
      expect(run.code).toBe(3);
      expect(run.err).toBe(
        `satk: ${file}: record-level data needs a period column (--period-column) and a category column (--category-column).\n`,
      );
    },
  );
});

describe("no satk run on the corpus ends in a wrong number or a crash", () => {
  /** The most any count cell can hold: the file's rows for record files, the sum of its counts otherwise. */
  const ceiling = (file: string): number => {
    const rows = plainRows(file);
    if (/-street|outcomes|stop-and-search/.test(file)) return rows.length;
    const numbers = rows.flatMap((r) =>
      r
        .slice(1)
        .filter((v) => /^\d+(\.0+)?$/.test(v) && !/^(19|20)\d\d$/.test(v))
        .map(Number),
    );
    return numbers.reduce((sum, n) => sum + n, 0);
  };
  const files = readdirSync(CORPUS).filter((f) => f.endsWith(".csv"));
  const recipes = [
    "rolling-year",
    "area-comparison",
    "period-comparison",
    "fy-pivot",
    "spc-series",
    "category-by-year",
  ];
  it.each(files.flatMap((f) => recipes.map((r) => [f, r])))(
    "%s with %s gives a table no bigger than the file, or exit code 3",
    async (file, recipe) => {
      const run = await satk("table", recipe, "--input", at(file));
      expect([0, 3]).toContain(run.code);
      // A refusal is a table that cannot be made from these data, or names the file and the flag to pass.
      if (run.code === 3)
        expect(run.err).toMatch(
          new RegExp(
            `needs monthly data|cannot be counted|not in the data|outside the data|whole years|needs at least 2 points|^satk: ${file.replace(/\./g, "\\.")}.*--[a-z-]+`,
            "m",
          ),
        );
      const countColumns =
        run.table[0]?.map((h, c) => (/%|Rank|limit|Centre|change|difference/i.test(h) ? -1 : c)).filter((c) => c > 0) ??
        [];
      const most = Math.max(
        0,
        ...run.table
          .slice(1)
          .flatMap((row) => countColumns.map((c) => Number(row[c])).filter((n) => Number.isFinite(n))),
      );
      expect(most).toBeLessThanOrEqual(ceiling(file));
    },
  );
});
