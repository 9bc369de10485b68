/**
 * The failure classes of issue 19, each as an analyst's file of that shape: the right table, or exit
 * code 3 with a message naming the file, the row or column and what to do - never another number.
 */
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runSatk, type SatkRun } from "./run-satk";

const dir = mkdtempSync(join(tmpdir(), "satk-unseen-"));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

/** The monthly counts of each series of a spc-series table: "Series|Mon YYYY" -> count. */
function cells(run: SatkRun): Map<string, number> {
  return new Map(run.table.slice(1).map((row) => [`${row[0]}|${row[1]}`, Number(row[2])]));
}

const series = (path: string, ...more: string[]): Promise<SatkRun> =>
  runSatk("table", "spc-series", "--grouping", "none", "--input", path, ...more);

describe("one column per category", () => {
  const path = file(
    "by-type.csv",
    "Month,Burglary,Robbery,Shoplifting\n2024-01,12,3,40\n2024-02,9,5,38\n2024-03,14,2,41\n",
  );

  it("reads each column as its category, not one column as the count of All crime", async () => {
    const run = await series(path, "--categories", "Burglary,Robbery,Shoplifting");
    expect(run.code).toBe(0);
    const got = cells(run);
    expect([got.get("Burglary|Jan 2024"), got.get("Robbery|Feb 2024"), got.get("Shoplifting|Mar 2024")]).toEqual([
      12, 5, 41,
    ]);
    expect(run.err).toMatch(/3 columns \("Burglary", "Robbery", "Shoplifting"\) hold counts, one column per category/);
  });

  it("checks a Total column against the row's counts, naming the row and both figures when they differ", async () => {
    const run = await series(
      file("by-type-total.csv", "Month,Burglary,Robbery,Total\n2024-01,12,3,15\n2024-02,9,5,15\n2024-03,14,2,16\n"),
    );
    expect(run.code).toBe(3);
    expect(run.err).toMatch(
      /by-type-total\.csv, row 3: the file's own total in column "Total" is 15, but the row's counts add up to 14/,
    );
  });

  it("refuses names that could be categories or areas, naming both readings and the flag for each", async () => {
    const path2 = file("by-name.csv", "Month,Northmoor,Eastfield\n2024-01,4,5\n2024-02,6,7\n2024-03,8,9\n");
    const run = await series(path2);
    expect(run.code).toBe(3);
    expect(run.err).toMatch(/by-name\.csv: the columns "Northmoor", "Eastfield" each hold counts/);
    expect(run.err).toMatch(
      /the columns are categories .*: --columns-hold category; the columns are areas .*: --columns-hold area/,
    );
    const areas = await series(path2, "--columns-hold", "area", "--area", "Eastfield");
    expect(areas.code).toBe(0);
    expect(cells(areas).get("All|Mar 2024")).toBe(9);
  });
});

describe("an official table with its own total and group rows", () => {
  const table = [
    "Force,Offence,Jan 2024,Feb 2024,Mar 2024",
    "Northshire,All crimes,60,66,72",
    "Northshire,Theft offences,30,33,36",
    "Northshire,Shoplifting,20,22,24",
    "Northshire,Bicycle theft,10,11,12",
    "Northshire,Criminal damage,30,33,36",
  ].join("\n");

  it("never takes the column of one value as the category, and never adds totals or groups to their parts", async () => {
    const run = await series(
      file("official.csv", `${table}\n`),
      "--categories",
      "Shoplifting,Bicycle theft,Criminal damage",
    );
    expect(run.code).toBe(0);
    const got = cells(run);
    expect([
      got.get("Shoplifting|Jan 2024"),
      got.get("Bicycle theft|Feb 2024"),
      got.get("Criminal damage|Mar 2024"),
    ]).toEqual([20, 11, 36]);
    const all = await series(file("official-all.csv", `${table}\n`));
    expect(cells(all).get("Total|Jan 2024") ?? cells(all).get("All crime|Jan 2024")).toBe(60);
    expect(all.err).toMatch(
      /total row \(1; first row 2\); group row \(the sum of the rows below it\) \(1; first row 3\)/,
    );
  });

  it("refuses a total its parts do not reproduce, naming the row and both figures", async () => {
    const run = await series(file("official-off.csv", `${table.replace("60,66,72", "61,66,72")}\n`));
    expect(run.code).toBe(3);
    expect(run.err).toMatch(
      /official-off\.csv, row 2: the file's own total for Jan 2024 in column "Jan 2024" is 61, but the rows it totals add up to 60/,
    );
  });
});

describe("delimiters other than commas", () => {
  it("reads a tab-separated file and says it found tabs", async () => {
    const run = await series(
      file(
        "tabs.tsv",
        "Month\tCrime type\tCount\n2024-01\tBurglary\t1,204\n2024-02\tBurglary\t7\n2024-03\tBurglary\t9\n",
      ),
      "--categories",
      "Burglary",
    );
    expect(run.code).toBe(0);
    expect(cells(run).get("Burglary|Jan 2024")).toBe(1204);
    expect(run.err).toMatch(/Fields are separated by tabs/);
  });

  it("reads semicolons, and --delimiter corrects what was found", async () => {
    const path = file("semi.txt", "Month;Crime type;Count\n2024-01;Drugs;3\n2024-02;Drugs;4\n2024-03;Drugs;5\n");
    expect(cells(await series(path, "--categories", "Drugs")).get("Drugs|Feb 2024")).toBe(4);
    const forced = await series(path, "--delimiter", "comma");
    expect(forced.code).toBe(3);
    expect((await series(path, "--delimiter", "colon")).code).toBe(2);
  });
});

describe("names that almost match and counts that cannot be", () => {
  it("reads Month, District, Offences as offences by district, not District as the category", async () => {
    const run = await series(
      file(
        "district.csv",
        "Month,District,Offences\n2024-01,Maidstone,5\n2024-01,Swale,7\n2024-02,Maidstone,6\n2024-02,Swale,8\n2024-03,Maidstone,6\n2024-03,Swale,9\n",
      ),
      "--area",
      "Swale",
    );
    expect(run.code).toBe(0);
    expect(run.err).toMatch(/area "District", count "Offences"/);
    expect(cells(run).get("All crime|Mar 2024") ?? cells(run).get("Total|Mar 2024")).toBe(9);
  });

  it("refuses a negative count, naming the row and value, instead of counting rows", async () => {
    const run = await series(
      file("negative.csv", "Month,Crime type,Count\n2024-01,Burglary,5\n2024-02,Burglary,-2\n2024-03,Burglary,4\n"),
    );
    expect(run.code).toBe(3);
    expect(run.err).toMatch(/negative\.csv, row 3: the count -2 in column "Count" is below zero/);
  });

  it("accounts for rows whose category reads like a total in the notes", async () => {
    const run = await series(
      file(
        "all-crime.csv",
        "Month,Crime type,Count\n2024-01,All crime,12\n2024-01,Burglary,5\n2024-01,Drugs,7\n2024-02,All crime,3\n2024-02,Burglary,1\n2024-02,Drugs,2\n2024-03,All crime,4\n2024-03,Burglary,2\n2024-03,Drugs,2\n",
      ),
    );
    expect(run.code).toBe(0);
    expect(run.err).toMatch(/3 rows of the input were not used: total row \(3; first rows 2, 5, 8\)/);
  });

  it("refuses a one-count-per-row column that merely looks like 0/1 flags, instead of counting rows", async () => {
    const run = await series(
      file("flags.csv", "Month,Area,Robbery\n2024-01,Northmoor,1\n2024-02,Northmoor,0\n2024-03,Northmoor,1\n"),
    );
    expect(run.code).toBe(3);
    expect(run.err).toMatch(/flags\.csv: column "Robbery" holds whole numbers that look like 0\/1 flags/);
    expect(run.err).toMatch(/"Robbery" is the count: --count-column Robbery; each row is one record: --layout record/);
  });
});
