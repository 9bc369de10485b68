/**
 * Issue 21: a partner's table headed 2015/16, 2016/17 read as July to June years with the start month
 * (seed 3.5's one-stop shops count July 2015 to June 2016 as 2015/16), through period-comparison.
 */
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runSatk } from "./run-satk";

function file(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "satk-split-")), name);
  writeFileSync(path, text);
  return path;
}

// Seed 3.5's visitors of two shops, 2014/15 and 2015/16 (July to June years): 317 -> 362 and 156 -> 222.
const SHOPS = "District,2014/15,2015/16\r\nAshford,317,362\r\nMaidstone,156,222\r\n";
const FLAGS = ["--by", "area", "--rank", "none", "--total-row", "none", "--no-renames"];

describe("--start-month for years written 2015/16", () => {
  it("reads 2015/16 as July 2015 to June 2016 with --start-month 7, the changes those of the counts", async () => {
    const run = await runSatk(
      "table",
      "period-comparison",
      "--input",
      file("shops.csv", SHOPS),
      "--start-month",
      "7",
      ...FLAGS,
    );
    expect(run.err).not.toMatch(/internal error/);
    expect(run.code).toBe(0);
    expect(run.table).toEqual([
      ["Area", "Jul 2015 - Jun 2016", "Jul 2014 - Jun 2015", "Number difference", "% difference"],
      // 362 - 317 = 45, 45 / 317 = 14.2% (the seed's 14.2); 222 - 156 = 66, 66 / 156 = 42.3% (the seed's 42.3)
      ["Ashford", "362", "317", "45", "14.2"],
      ["Maidstone", "222", "156", "66", "42.3"],
    ]);
    expect(run.err).toMatch(
      /Years written as 2015\/16 are read as July to June \(--start-month 7\), not April to March/,
    );
  });

  it("reads them as April to March financial years without it", async () => {
    const run = await runSatk("table", "period-comparison", "--input", file("shops.csv", SHOPS), ...FLAGS);
    expect(run.table[0]).toEqual([
      "Area",
      "Apr 2015 - Mar 2016",
      "Apr 2014 - Mar 2015",
      "Number difference",
      "% difference",
    ]);
  });

  it("refuses a start month for data whose periods say their months", async () => {
    const named =
      "District,September 2015 to August 2016,September 2016 to August 2017\r\nAshford,37,26\r\nDover,30,26\r\n";
    const run = await runSatk(
      "table",
      "period-comparison",
      "--input",
      file("named.csv", named),
      "--start-month",
      "7",
      ...FLAGS,
    );
    expect(run.code).toBe(3);
    expect(run.err).toMatch(
      /12-month periods \(September to August\), which say their own months: --start-month is for years written as 2015\/16/,
    );
  });
});
