/**
 * Rates joined to a population table (issue 19, items 4 and 5): names matched after normalising, every
 * name that did not join listed, a table where most names did not join refused, population tables under
 * their publisher's own headers read with the flags that name their columns, and a pooled or multi-year
 * column never the default.
 */
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runSatk, type SatkRun } from "./run-satk";

const dir = mkdtempSync(join(tmpdir(), "satk-joins-"));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

/** Two years of monthly counts: 10, 5 and 2 a month in three wards ONS's district lookup does not hold. */
const crimes = file(
  "wards.csv",
  [
    "Month,Crime type,Area,Count",
    ...[2023, 2024].flatMap((y) =>
      Array.from({ length: 12 }, (_, m) => {
        const month = `${y}-${String(m + 1).padStart(2, "0")}`;
        return [`${month},Burglary,Northmoor,10`, `${month},Burglary,Eastfield,5`, `${month},Burglary,Westbury,2`].join(
          "\n",
        );
      }),
    ),
  ].join("\n") + "\n",
);

const rate = (population: string, ...more: string[]): Promise<SatkRun> =>
  runSatk("table", "rate", "--input", crimes, "--population", population, "--years", "1", ...more);
const rates = (run: SatkRun): Map<string, string> => new Map(run.table.slice(1).map((row) => [row[0], row[2]]));

describe("names that almost match", () => {
  it("joins Northmoor to NORTHMOOR WARD and Westbury to 'Westbury, City of' (case, Ward, City of, punctuation)", async () => {
    const run = await rate(
      file(
        "wards-pop.csv",
        'Ward name,Population\nNORTHMOOR WARD,12000\nEastfield Ward,6000\n"Westbury, City of",4000\n',
      ),
    );
    expect(run.code).toBe(0);
    // 120 burglaries a year per 12,000 people: 10.0 per 1,000; 60 / 6,000 = 10.0; 24 / 4,000 = 6.0.
    expect(Object.fromEntries(rates(run))).toMatchObject({ Northmoor: "10.0", Eastfield: "10.0", Westbury: "6.0" });
  });

  it("lists every name that did not join, on standard error and in the notes", async () => {
    const run = await rate(
      file("two-of-three.csv", "Ward name,Population\nNorthmoor,12000\nEastfield,6000\nLowdale,5000\n"),
    );
    expect(run.code).toBe(0);
    expect(run.err).toMatch(/Not in the population table, so no rate: Westbury\./);
    expect(rates(run).get("Westbury")).toBe("");
  });

  it("refuses a table where most names did not join, listing them", async () => {
    const run = await rate(file("one-of-three.csv", "Ward name,Population\nNorthmoor,12000\nLowdale,5000\n"));
    expect(run.code).toBe(3);
    expect(run.err).toMatch(/2 of the 3 areas are not in the population table \(Eastfield, Westbury\)/);
  });
});

describe("population tables under any header", () => {
  const publisher = file("publisher.csv", "Zone,People counted\nNorthmoor,12000\nEastfield,6000\nWestbury,4000\n");

  it("refuses a header it cannot read, and reads it once the area and count columns are named", async () => {
    expect((await rate(publisher)).code).toBe(3);
    const run = await rate(publisher, "--population-area-column", "Zone", "--population-column", "People counted");
    expect(run.code).toBe(0);
    expect(rates(run).get("Eastfield")).toBe("10.0");
  });

  it("takes the column of the data's year, never a pooled column, by default", async () => {
    const run = await rate(
      file(
        "years.csv",
        "Ward name,2023,2024,2022-2024 pooled\nNorthmoor,11000,12000,34000\nEastfield,5500,6000,17000\nWestbury,3500,4000,11000\n",
      ),
    );
    expect(run.code).toBe(0);
    expect(rates(run).get("Northmoor")).toBe("10.0");
    expect(run.err).toMatch(/column 2024 for every year/);
  });

  it("refuses a pooled last column when no column is of the data's year, naming the candidates", async () => {
    const run = await rate(
      file(
        "pooled.csv",
        "Ward name,2020,2021,2019-2021 pooled\nNorthmoor,11000,12000,34000\nEastfield,5500,6000,17000\nWestbury,3500,4000,11000\n",
      ),
    );
    expect(run.code).toBe(3);
    expect(run.err).toMatch(/last column, "2019-2021 pooled", holds a population pooled over several years/);
    expect(run.err).toMatch(/rates per "2021": --population-column 2021/);
  });
});
