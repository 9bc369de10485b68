/**
 * Evidence for issue 21: the seed's partner tables made with the CLI from their printed inputs, typed in
 * the shape a partner sends them (test/fixtures/seed-partner), and compared cell by cell with the seed.
 * Every cell that differs is named below as a misprint of the seed, with the right arithmetic.
 */
import { join } from "path";
import { runSatk } from "./run-satk";
import { compareWithSeed, seedRows, type SeedDifference } from "./seed-compare";
import * as PRINTED from "./seed-printed";
import { parseMarkdownTable } from "../../src/core/check/parse-markdown-table";
import { CENSUS_POPULATION } from "../shared-data";

const FIXTURES = join(__dirname, "..", "fixtures", "seed-partner");
const HOSPITAL_COLUMNS = { "Number Difference": "Number difference", "% change from previous year": "% difference" };

async function periodTable(file: string, ...flags: string[]) {
  const run = await runSatk("table", "period-comparison", "--input", join(FIXTURES, file), "--no-renames", ...flags);
  expect(run.err).not.toMatch(/internal error/);
  expect(run.code).toBe(0);
  return run;
}

/** A cell of the seed that is wrong, with the made (right) value and why. */
function misprint(row: string, column: string, seed: string, made: string, _why: string): SeedDifference {
  return { row, column, seed, made };
}

describe("seed 3.2: hospital admissions due to assault, from the KPHO table as sent", () => {
  it("makes every cell of the seed's table, with All Kent as the file's own total", async () => {
    const run = await periodTable(
      "hospital-assault-3-2.csv",
      "--by",
      "area",
      "--total-label",
      "All Kent",
      "--rank",
      "none",
    );
    expect(run.table[0]).toEqual([
      "Area",
      "Sep 2016 - Aug 2017",
      "Sep 2015 - Aug 2016",
      "Number difference",
      "% difference",
    ]);
    expect(compareWithSeed(run.table, seedRows(PRINTED.HOSPITAL_ASSAULT), { columns: HOSPITAL_COLUMNS })).toEqual([]);
    expect(run.table.at(-1)).toEqual(["All Kent", "551", "463", "88", "19.0"]);
  });

  it("refuses the file when its All Kent row is not the sum of the districts, naming both numbers", async () => {
    const run = await runSatk(
      "table",
      "period-comparison",
      "--input",
      join(FIXTURES, "asb-4-1-with-total.csv"),
      "--by",
      "area",
      "--total-label",
      "Kent district",
    );
    expect(run.code).toBe(3);
    expect(run.err).toMatch(
      /"Kent district" is taken as the file's total.*Nov 2014 holds 46897 there and 46899 in the other rows/,
    );
  });
});

describe("seed 5.2: hospital admissions for psychoactive substance use", () => {
  it("makes the table; the seed drops the minus sign of eight falls", async () => {
    const run = await periodTable(
      "hospital-nps-5-2.csv",
      "--by",
      "area",
      "--total-label",
      "All Kent",
      "--rank",
      "none",
    );
    const column = "% change from previous year";
    expect(compareWithSeed(run.table, seedRows(PRINTED.HOSPITAL_NPS), { columns: HOSPITAL_COLUMNS })).toEqual([
      misprint("Canterbury", column, "32.3", "-32.3", "(365 - 539) / 539 = -32.3%: a fall, printed without its sign"),
      misprint("Dover", column, "18.3", "-18.3", "(273 - 334) / 334 = -18.3%"),
      misprint("Gravesham", column, "0.6", "-0.6", "(319 - 321) / 321 = -0.6%"),
      misprint("Shepway", column, "10.1", "-10.1", "(257 - 286) / 286 = -10.1%"),
      misprint(
        "Swale",
        column,
        "5.8",
        "-5.9",
        "(370 - 393) / 393 = -5.85% = -5.9% to one place; printed 5.8 and unsigned",
      ),
      misprint("Thanet", column, "21.6", "-21.6", "(440 - 561) / 561 = -21.6%"),
      misprint("All Kent", column, "3.6", "-3.6", "(3997 - 4146) / 4146 = -3.6%"),
    ]);
  });
});

describe("seed 3.2, 5.2, 5.3 as the report prints them: the partner's headings and column order kept", () => {
  it.each([
    ["hospital-assault-3-2.csv", PRINTED.HOSPITAL_ASSAULT],
    ["hospital-alcohol-5-3.csv", PRINTED.HOSPITAL_ALCOHOL],
  ])("makes %s with partner-counts, headed as the seed heads it", async (file, printed) => {
    const run = await runSatk("table", "partner-counts", "--table", join(FIXTURES, file), "--total-label", "All Kent");
    expect(run.code).toBe(0);
    expect(run.table[0]).toEqual([
      "District",
      "September 2015 to August 2016",
      "September 2016 to August 2017",
      "Number difference",
      "% difference",
    ]);
    expect(compareWithSeed(run.table, seedRows(printed), { columns: HOSPITAL_COLUMNS })).toEqual([]);
  });
});

describe("seed 5.3: alcohol related hospital admissions", () => {
  it("makes every cell of the seed's table", async () => {
    const run = await periodTable(
      "hospital-alcohol-5-3.csv",
      "--by",
      "area",
      "--total-label",
      "All Kent",
      "--rank",
      "none",
    );
    expect(compareWithSeed(run.table, seedRows(PRINTED.HOSPITAL_ALCOHOL), { columns: HOSPITAL_COLUMNS })).toEqual([]);
  });
});

describe("seed 4.1: anti-social behaviour, three named periods side by side", () => {
  it("makes the table with the change between the latest two and the county ranking, 1 = largest fall", async () => {
    const run = await periodTable(
      "asb-4-1.csv",
      "--by",
      "area",
      "--years",
      "3",
      "--total-label",
      "Kent district",
      "--rank",
      "lowest",
    );
    const columns = {
      "Number difference": "Number difference",
      "% difference": "% difference",
      "County ranking": "Ranking",
    };
    expect(run.table.map((r) => r[0])).toEqual(
      seedRows(PRINTED.ASB)
        .map((r) => r[0])
        .map((l, i) => (i === 0 ? "Area" : l)),
    );
    expect(compareWithSeed(run.table, seedRows(PRINTED.ASB), { columns, rows: { "": "Area" } })).toEqual([
      misprint(
        "Sevenoaks",
        "% difference",
        "-15.9%",
        "-16.0",
        "(1691 - 2012) / 2012 = -15.954% = -16.0% to one place; the seed cuts it",
      ),
      misprint(
        "Gravesham",
        "% difference",
        "-12.9%",
        "-13.0",
        "(2850 - 3274) / 3274 = -12.950% = -13.0% to one place (rank 6 either way)",
      ),
      misprint("Kent district", "Nov 2014 – Oct 2015", "46897", "46899", "the thirteen districts add up to 46899"),
    ]);
    expect(run.err).toMatch(/Ranking: 1 = the largest fall/);
  });
});

describe("seed 5.4: clients of the needle exchange and in treatment, calendar years as CGL heads them", () => {
  it("makes both rows without a total row or ranking", async () => {
    const run = await periodTable(
      "treatment-5-4.csv",
      "--by",
      "category",
      "--years",
      "3",
      "--total-row",
      "none",
      "--rank",
      "none",
    );
    expect(
      compareWithSeed(run.table, seedRows(PRINTED.TREATMENT), {
        columns: { "Number difference": "Number difference", "% difference": "% difference" },
        rows: { "": "Category" },
      }),
    ).toEqual([]);
    expect(run.table).toHaveLength(3);
  });
});

describe("seed 5.6: needle finds by month and financial year, from the council's monthly counts", () => {
  it("makes every cell, the part year 2017/18 marked and its months after October blank", async () => {
    const run = await runSatk("table", "fy-pivot", "--input", join(FIXTURES, "needle-finds-5-6.csv"));
    expect(run.code).toBe(0);
    expect(compareWithSeed(run.table, seedRows(PRINTED.NEEDLE_FINDS), { columns: {}, rows: { "": "" } })).toEqual([]);
    expect(run.err).toMatch(/2017\/18 is a part year: Apr 2017 to Oct 2017 only/);
  });
});

describe("seed 4.2: statutory nuisance cases by code, from the team's yearly counts", () => {
  it("makes every row by code with its description; the seed's totals are not the sums of its rows", async () => {
    const file = join(FIXTURES, "nuisance-4-2.csv");
    const run = await runSatk(
      "table",
      "category-by-year",
      "--input",
      file,
      "--category-column",
      "Code",
      "--codes",
      file,
    );
    expect(run.code).toBe(0);
    expect(compareWithSeed(run.table, seedRows(PRINTED.NUISANCE), { columns: {}, rows: { "": "Total" } })).toEqual([
      // 0+11+73+33+350+78+0+103+713+314+202+7+522 = 2406
      misprint("", "2016", "4422", "2406", "the thirteen codes add up to 2406"),
      // 40+7+45+47+191+47+3+80+732+361+194+9+488 = 2244
      misprint("", "2017", "4261", "2244", "the thirteen codes add up to 2244"),
    ]);
  });
});

describe("seed 3.5: one-stop shop visitors, July to June years, with services not yet open", () => {
  const columns = Object.fromEntries(
    ["2010/11", "2011/12", "2012/13", "2013/14", "2014/15", "2015/16"].map((y) => [`No of visitors ${y}`, y]),
  );
  const seed = () => seedRows(PRINTED.ONE_STOP_SHOPS).map((r) => r.slice(0, 8));

  it("makes every count and change, n/a kept n/a, Sheerness not compared across its conversion", async () => {
    const run = await runSatk(
      "table",
      "partner-counts",
      "--table",
      join(FIXTURES, "one-stop-shops-3-5.csv"),
      "--start-month",
      "7",
      "--total-label",
      "Total",
      "--breaks",
      "Sheerness ²=2015/16",
    );
    expect(run.code).toBe(0);
    const how = {
      columns: { ...columns, "% increase/ decrease in visitors (compared to previous year)": "% difference" },
    };
    expect(compareWithSeed(run.table, seed(), how)).toEqual([]);
    expect(run.table.find((r) => r[0] === "Tunbridge Wells ⁵")).toEqual([
      "Tunbridge Wells ⁵",
      "n/a",
      "n/a",
      "n/a",
      "n/a",
      "2",
      "n/a",
      "n/a",
      "n/a",
    ]);
    expect(run.err).toMatch(/Sheerness ² cannot be compared with periods starting before July 2015/);
  });

  it("refuses the table when a count is mistyped so that the Total row is not the sum of the locations", async () => {
    const run = await runSatk(
      "table",
      "partner-counts",
      "--table",
      join(FIXTURES, "one-stop-shops-3-5-mistyped.csv"),
      "--start-month",
      "7",
      "--total-label",
      "Total",
    );
    expect(run.code).toBe(3);
    expect(run.err).toMatch(/"Total" row is taken as its total.*2015\/16 holds 3173 there and 3172 in the rows/);
  });
});

describe("seed 2.6: crimes by type in Maidstone, a month and rolling years, burglary split in April 2017", () => {
  const flags = [
    "--total-row",
    "none",
    "--breaks",
    "Burglary Residential=Apr 2017;Burglary Business and Community=Apr 2017",
  ];
  const how = { columns: { "Number change": "Number difference", "% change": "% difference" } };

  it("makes the first block; the seed's Violence Against The Person change is misprinted", async () => {
    const run = await runSatk("table", "partner-counts", "--table", join(FIXTURES, "crime-types-2-6.csv"), ...flags);
    expect(run.code).toBe(0);
    expect(compareWithSeed(run.table, seedRows(PRINTED.CRIME_TYPES_1), how)).toEqual([
      misprint(
        "- Violence Against The Person",
        "Number change",
        "+ 725",
        "1443",
        "4833 - 3390 = 1443 (the text says an increase of 42%)",
      ),
      misprint("- Violence Against The Person", "% change", "+21.4%", "42.6", "1443 / 3390 = 42.6%"),
      // "##" is Excel's sign of a number too wide for its column; no change can be worked across the split.
      misprint("Burglary Residential", "Number change", "##", "n/a", "no comparable year before April 2017: N/A*"),
      misprint("Burglary Residential", "% change", "##", "n/a", "as above"),
      misprint("Burglary Business and Community", "Number change", "##", "n/a", "as above"),
      misprint("Burglary Business and Community", "% change", "##", "n/a", "as above"),
    ]);
    expect(run.err).toMatch(/Burglary Residential cannot be compared with periods starting before April 2017/);
  });

  it("makes every cell of the second block, three rolling years with the change between the latest two", async () => {
    const run = await runSatk("table", "partner-counts", "--table", join(FIXTURES, "crime-types-2-6.csv"), ...flags);
    expect(compareWithSeed(run.table, seedRows(PRINTED.CRIME_TYPES_2), how)).toEqual([]);
  });
});

describe("seed 1.7: claimant counts, change since the previous month and since last year", () => {
  it("makes every cell from NOMIS's monthly counts (September 2016, August and September 2017)", async () => {
    // The earlier months are the seed's own: 1,230 - 5 = 1,225 in August 2017 and 1,230 - 10 = 1,220 in September 2016.
    const run = await runSatk(
      "table",
      "partner-counts",
      "--table",
      join(FIXTURES, "claimants-1-7.csv"),
      "--changes",
      "previous,year",
      "--total-row",
      "none",
    );
    expect(run.code).toBe(0);
    expect(
      compareWithSeed(run.table, seedRows(PRINTED.CLAIMANTS), {
        columns: { "Total unemployed as at September 2017": "September 2017" },
      }),
    ).toEqual([]);
  });
});

describe("seed 6.1: first time entrants, first to last of three years", () => {
  it("gives the seed's 17.6% decrease from 222 in 2013/14 to 183 in 2015/16, the year between not printed", async () => {
    const run = await runSatk(
      "table",
      "partner-counts",
      "--table",
      join(FIXTURES, "first-time-entrants-6-1.csv"),
      "--changes",
      "first",
      "--total-row",
      "none",
    );
    expect(run.code).toBe(0);
    expect(run.table).toEqual([
      ["Youth Justice", "2013/14", "2014/15", "2015/16", "Change since 2013/14 Number", "Change since 2013/14 %"],
      ["First time entrants", "222", "n/a", "183", "-39", "-17.6"],
    ]);
  });
});

describe("seed 5.5: substances by age of young people in treatment, shares of each age's total", () => {
  it("makes every n and %, held-back counts kept * with their share -, the amphetamine footnotes kept", async () => {
    const run = await runSatk(
      "table",
      "shares",
      "--table",
      join(FIXTURES, "substances-by-age-5-5.csv"),
      "--of-row",
      "Total",
      "--decimals",
      "0",
      "--format",
      "md",
    );
    expect(run.code).toBe(0);
    // The Markdown keeps the footnote markers ("10*", "1%*") that CSV leaves out.
    const made = parseMarkdownTable(run.out).matrix.map((r) => r.map((c) => c.replace(/\\\*/g, "*")));
    const printed = seedRows(PRINTED.SUBSTANCES_BY_AGE);
    const ages = printed[0].filter((h, i) => i > 0 && h !== "");
    const seed = [["Substance", ...ages.flatMap((a) => [`${a} n`, `${a} %`])], ...printed.slice(2)];
    const columns = Object.fromEntries(
      ages.flatMap((a) => [
        [`${a} n`, `${a.replace(/ \^b$/, "")} n`],
        [`${a} %`, `${a.replace(/ \^b$/, "")} %`],
      ]),
    );
    expect(compareWithSeed(made, seed, { columns, rows: { "Total^v": "Total" } })).toEqual([
      // 145 of 4,109 is 3.53%, 4% to a whole number; the seed prints 3%*
      misprint("Amphetamines", "16-17 %", "3%*", "4%*", "145 / 4109 = 3.53% = 4%"),
    ]);
  });

  it("shows a held-back count as *, never 0, in CSV too (its share's - quoted, as CSV quotes any cell a spreadsheet could take for a formula)", async () => {
    const run = await runSatk(
      "table",
      "shares",
      "--table",
      join(FIXTURES, "substances-by-age-5-5.csv"),
      "--of-row",
      "Total",
      "--decimals",
      "0",
    );
    expect(run.table.find((r) => r[0] === "Crack")?.slice(1, 7)).toEqual(["0", "0", "*", "'-", "*", "'-"]);
  });
});

describe("seed 2.5: crime per 1,000 population from the year ending March 2017's counts by CSP", () => {
  // The seed's populations (KCC's 2016 estimates) are not printed, so the rates are made from ONS's 2021 census
  // counts: the counts, the CSP rows and the adding up of Dartford's and Gravesham's populations are checked
  // here, not the seed's rates (seed 2.5 is made in part).
  it("adds Dartford's and Gravesham's populations up into their CSP by ONS's lookup, and rates the financial year", async () => {
    const run = await runSatk(
      "table",
      "rate",
      "--input",
      join(FIXTURES, "offences-2-5.csv"),
      "--area-column",
      "CSP",
      "--kind",
      "crimes",
      "--population",
      CENSUS_POPULATION,
      "--population-column",
      "POP21",
      "--area-level",
      "csp",
      "--no-renames",
      "--years",
      "1",
    );
    expect(run.code).toBe(0);
    expect(run.table[0]).toEqual([
      "Area",
      "Number of offences, RY ending Mar 2017",
      "Rate per 1,000 pop., RY ending Mar 2017",
      "Ranking",
    ]);
    // 15,650 / (116,600 + 106,700) x 1,000 = 70.08
    expect(run.table.find((r) => r[0] === "Dartford and Gravesham")?.slice(1, 3)).toEqual(["15650", "70.1"]);
    const seed = seedRows(PRINTED.OFFENCES_2_5)
      .filter((r) => !["KCC Total", "Medway", "Kent"].includes(r[0]))
      .map((r) => r.slice(0, 2));
    expect(
      compareWithSeed(run.table, seed, {
        columns: { "Number of offences": "Number of offences, RY ending Mar 2017" },
        rows: { "Dartford & Gravesham": "Dartford and Gravesham", "Tonbridge & Malling": "Tonbridge and Malling" },
      }),
    ).toEqual([]);
    // The seed's KCC Total of 89,643 is not the sum of its eleven CSP rows: 5140 + 5894 + ... + 11980 = 93,376.
    expect(run.table.find((r) => r[0] === "Force")?.[1]).toBe("93376");
  });

  it("gives rates per 100,000 with --per", async () => {
    const run = await runSatk(
      "table",
      "rate",
      "--input",
      join(FIXTURES, "offences-2-5.csv"),
      "--area-column",
      "CSP",
      "--kind",
      "crimes",
      "--population",
      CENSUS_POPULATION,
      "--population-column",
      "POP21",
      "--area-level",
      "csp",
      "--no-renames",
      "--years",
      "1",
      "--per",
      "100000",
    );
    expect(run.table[0][2]).toBe("Rate per 100,000 pop., RY ending Mar 2017");
    // 9,332 / 175,500 x 100,000 = 5317.4
    expect(run.table.find((r) => r[0] === "Maidstone")?.[2]).toBe("5317.4");
  });
});

describe("seed 3.1: violent crime by district and division, from the police's counts as sent", () => {
  it("keeps the division rows as given and makes every change; the seed rounds two % changes down", async () => {
    const run = await runSatk(
      "table",
      "partner-counts",
      "--table",
      join(FIXTURES, "violent-crime-3-1.csv"),
      "--total-row",
      "none",
    );
    expect(run.code).toBe(0);
    expect(run.table.map((r) => r[0])).toContain("North Division");
    expect(
      compareWithSeed(run.table, seedRows(PRINTED.VIOLENT_CRIME), {
        columns: { "Number change": "Number difference", "% change": "% difference" },
      }),
    ).toEqual([
      misprint("Medway", "% change", "+43.8%", "43.9", "3619 / 8252 = 43.86% = 43.9%"),
      misprint("Canterbury", "% change", "+43.7%", "43.8", "1696 / 3874 = 43.78% = 43.8%"),
    ]);
  });
});

describe("seed 3.6: MARAC cases, repeat cases as a share of all cases", () => {
  it("gives 58 repeat cases of 177 as 33% (the seed's figure), and the 10% rise in cases from 161", async () => {
    const shares = await runSatk(
      "table",
      "shares",
      "--table",
      join(FIXTURES, "marac-3-6.csv"),
      "--of-row",
      "All cases",
      "--decimals",
      "0",
    );
    expect(shares.code).toBe(0);
    expect(shares.table).toEqual([
      ["MARAC", "Oct 2016 - Sep 2017 n", "Oct 2016 - Sep 2017 %", "Oct 2015 - Sep 2016 n", "Oct 2015 - Sep 2016 %"],
      ["Repeat cases", "58", "33", "n/a", "n/a"],
      ["All cases", "177", "100", "161", "100"],
    ]);
    const change = await runSatk(
      "table",
      "partner-counts",
      "--table",
      join(FIXTURES, "marac-3-6.csv"),
      "--total-row",
      "none",
    );
    expect(change.table.find((r) => r[0] === "All cases")).toEqual(["All cases", "177", "161", "16", "9.9"]);
  });
});

describe("seed 3.4: recorded incidents of domestic abuse", () => {
  it("gives the seed's 15% increase, from 2683 to 3096 (the repeat victims' shares need counts the seed does not print)", async () => {
    const run = await runSatk(
      "table",
      "partner-counts",
      "--table",
      join(FIXTURES, "domestic-abuse-3-4.csv"),
      "--total-row",
      "none",
    );
    expect(run.table).toEqual([
      ["Domestic abuse", "Nov 2015 - Oct 2016", "Nov 2016 - Oct 2017", "Number difference", "% difference"],
      ["Incidents", "2683", "3096", "413", "15.4"],
    ]);
  });
});
