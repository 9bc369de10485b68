/**
 * Real public files of publishers and forces not in the corpus before issue 19 (provenance in
 * test/fixtures/corpus/README.md), each checked against counts made here with a plain line reader.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { runSatk } from "./run-satk";
import { CORPUS, plainFields } from "../corpus-files";

const ESSEX = join(CORPUS, "2022-12-essex-street-first300.csv");
const rows = readFileSync(ESSEX, "utf8")
  .split(/\r?\n/)
  .filter((l) => l !== "")
  .slice(1)
  .map(plainFields);

function tally(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

describe("an Essex Police police.uk street file (December 2022, first 300 rows)", () => {
  it("counts its crimes by type as a plain count of its rows does, leaving anti-social behaviour out of All crime", async () => {
    const run = await runSatk(
      "table",
      "period-comparison",
      "--by",
      "category",
      "--period-months",
      "1",
      "--input",
      ESSEX,
    );
    expect(run.code).toBe(0);
    const got = new Map(run.table.slice(1).map((row) => [row[0], row[1]]));
    const types = tally(rows.map((r) => r[9]));
    for (const [type, n] of types)
      if (type !== "Anti-social behaviour") expect([type, got.get(type)]).toEqual([type, String(n)]);
    expect(got.get("All crime")).toBe(String(rows.filter((r) => r[9] !== "Anti-social behaviour").length));
  });

  it("counts its crimes by district, the district taken from each LSOA name", async () => {
    const run = await runSatk("table", "period-comparison", "--by", "area", "--period-months", "1", "--input", ESSEX);
    expect(run.code).toBe(0);
    const got = new Map(run.table.slice(1).map((row) => [row[0], row[1]]));
    const districts = tally(
      rows.filter((r) => r[9] !== "Anti-social behaviour").map((r) => r[8].replace(/ \d{3}[A-Z]$/, "")),
    );
    for (const [district, n] of districts) expect([district, got.get(district)]).toEqual([district, String(n)]);
  });
});
