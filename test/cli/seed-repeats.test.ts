/**
 * Evidence for issue 21: seed 3.6's repeat MARAC cases made with the CLI's repeats recipe from the counts
 * as sent (test/fixtures/seed-partner/marac-3-6.csv), and from records with an ID column.
 */
import { join } from "path";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { readFileSync } from "fs";
import { runSatk } from "./run-satk";
import { parseCsv } from "../../src/core/csv/parse-csv";
import { repeatsTable } from "../../src/core/tables/repeats-table";
import { keyFindings } from "../../src/core/findings/key-findings";

const FIXTURES = join(__dirname, "..", "fixtures", "seed-partner");

describe("seed 3.6: repeat MARAC cases as a % of all cases", () => {
  it("gives the seed's 33% from 58 repeat cases of 177; the year before's repeats are not printed, so n/a", async () => {
    const run = await runSatk("table", "repeats", "--table", join(FIXTURES, "marac-3-6.csv"), "--decimals", "0");
    expect(run.err).not.toMatch(/internal error/);
    expect(run.code).toBe(0);
    expect(run.table).toEqual([
      [
        "",
        "Oct 2016 - Sep 2017 All cases",
        "Oct 2016 - Sep 2017 Repeat cases",
        "Oct 2016 - Sep 2017 % repeat",
        "Oct 2015 - Sep 2016 All cases",
        "Oct 2015 - Sep 2016 Repeat cases",
        "Oct 2015 - Sep 2016 % repeat",
      ],
      // 58 / 177 = 32.8% = 33% (the seed: "58 of those cases were repeat cases, this equates to 33% of all cases")
      ["MARAC", "177", "58", "33", "161", "n/a", "n/a"],
    ]);
  });

  it("counts repeat cases from a case list with an ID column, a victim seen twice in the year being one repeat", async () => {
    const folder = mkdtempSync(join(tmpdir(), "satk-repeats-"));
    const file = join(folder, "cases.csv");
    // Typed here: victims a, b, c heard in Oct 2016 - Sep 2017, a twice: 1 repeat of 3 distinct victims = 33.3%.
    writeFileSync(
      file,
      "Case ref,Victim ID,Date heard\r\n1,a,03/10/2016\r\n2,b,10/11/2016\r\n3,a,12/06/2017\r\n4,c,30/09/2017\r\n",
    );
    const run = await runSatk(
      "table",
      "repeats",
      "--table",
      file,
      "--repeat-id-column",
      "Victim ID",
      "--date-column",
      "Date heard",
      "--years",
      "1",
    );
    expect(run.code).toBe(0);
    expect(run.table).toEqual([
      ["", "Records", "Victims", "Repeat victims", "% repeat"],
      ["All", "4", "3", "1", "33.3"],
    ]);
  });

  it("refuses a case list with two ID columns, naming --repeat-id-column", async () => {
    const folder = mkdtempSync(join(tmpdir(), "satk-repeats-"));
    const file = join(folder, "cases.csv");
    writeFileSync(file, "Case ID,Victim ID,Date\r\n1,a,03/10/2016\r\n");
    const run = await runSatk("table", "repeats", "--table", file);
    expect(run.code).toBe(3);
    expect(run.err).toMatch(/"Case ID", "Victim ID"; name one with --repeat-id-column/);
  });
});

describe("seed 3.6 and 3.4 with the repeat counts the seed gives as % (typed as the partner would send them)", () => {
  it("3.6: 58 of 177 repeat cases (33%) against 29 of 161 (18%), a significant rise by Fisher's exact test", async () => {
    const run = await runSatk(
      "table",
      "repeats",
      "--table",
      join(FIXTURES, "marac-repeats-3-6.csv"),
      "--decimals",
      "0",
    );
    expect(run.code).toBe(0);
    // 58 / 177 = 32.8% = 33%; 29 / 161 = 18.0% = 18% ("33% of all cases which is up from 18% on last year")
    expect(run.table[1]).toEqual(["MARAC", "177", "58", "33", "161", "29", "18"]);
  });

  it("3.4: repeat victims 25.7% of 3,096 incidents against 26.4% of 2,683, 'virtually unchanged'", async () => {
    const run = await runSatk("table", "repeats", "--table", join(FIXTURES, "domestic-abuse-repeats-3-4.csv"));
    expect(run.code).toBe(0);
    // 796 / 3096 = 25.71%; 708 / 2683 = 26.39%: the seed's 25.7% and 26.4%
    expect(run.table[0]).toEqual([
      "",
      "Nov 2016 - Oct 2017 Incidents",
      "Nov 2016 - Oct 2017 Repeat victims",
      "Nov 2016 - Oct 2017 % repeat",
      "Nov 2015 - Oct 2016 Incidents",
      "Nov 2015 - Oct 2016 Repeat victims",
      "Nov 2015 - Oct 2016 % repeat",
    ]);
    expect(run.table[1]).toEqual(["Domestic abuse", "3096", "796", "25.7", "2683", "708", "26.4"]);
  });

  it("says both changes as findings, each with the exact test the seed's words imply", () => {
    const marac = repeatsTable({ table: parseCsv(readFileSync(join(FIXTURES, "marac-repeats-3-6.csv"))), decimals: 0 });
    const abuse = repeatsTable({ table: parseCsv(readFileSync(join(FIXTURES, "domestic-abuse-repeats-3-4.csv"))) });
    // SciPy 1.17.1: fisher_exact([[58, 119], [29, 132]]) p = 0.00268; fisher_exact([[796, 2300], [708, 1975]]) p = 0.568
    expect(keyFindings([marac, abuse]).map((f) => f.findings)).toEqual([
      [
        "Repeat cases rose in MARAC, from 18% to 33% (+15 percentage points; a statistically significant change at the 5% level, p = 0.003).",
      ],
      [
        "Repeat victims fell in Domestic abuse, from 26.4% to 25.7% (-0.7 percentage points; within normal variation at the 5% level, p = 0.568).",
      ],
    ]);
  });
});
