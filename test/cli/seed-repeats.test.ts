/**
 * Evidence for issue 21: seed 3.6's repeat MARAC cases made with the CLI's repeats recipe from the counts
 * as sent (test/fixtures/seed-partner/marac-3-6.csv), and from records with an ID column.
 */
import { join } from "path";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { runSatk } from "./run-satk";

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
