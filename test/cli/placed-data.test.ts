import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runSatk } from "./run-satk";
import { parseCsv } from "../../src/core/csv/parse-csv";
import { CENSUS_POPULATION, POLICE_UK_DATA } from "../shared-data";
import { naiveRows } from "../police-uk-files";
import { cityOfLondonCrimesByDistrict } from "../core/areas/corpus-files";

const CORPUS = join(__dirname, "..", "fixtures", "corpus");
const cityFiles = readdirSync(CORPUS)
  .filter((f) => /city-of-london-street/.test(f))
  .sort()
  .map((f) => join(CORPUS, f));
const dir = mkdtempSync(join(tmpdir(), "satk-areas-"));

const satk = runSatk;

describe("satk table rate on City of London Police's 2021 files (issue 11: the force's own area)", () => {
  let rows: string[][];
  let err: string;
  beforeAll(async () => {
    const run = await satk(
      "table",
      "rate",
      "--input",
      ...cityFiles,
      "--population",
      CENSUS_POPULATION,
      "--population-columns",
      "POP11",
      "--years",
      "1",
    );
    expect(run.code).toBe(0);
    rows = parseCsv(run.out);
    err = run.err;
  });
  const row = (label: string) => rows.find((r) => r[0] === label);

  it("ranks only the City of London and gives the force about 640 crimes per 1,000, not 10", () => {
    expect(row("City of London")?.slice(1)).toEqual(["4693", "636.3", "1"]);
    expect(row("Force")?.[2]).toBe((Math.round((4693 / 7375) * 10000) / 10).toFixed(1));
  });

  it("puts Islington and Tower Hamlets in Other areas, unranked, and says why on standard error", () => {
    expect(row("Islington")).toBeUndefined();
    expect(row("Tower Hamlets")).toBeUndefined();
    const others = [...cityOfLondonCrimesByDistrict()]
      .filter(([d]) => d !== "City of London" && d !== "")
      .reduce((s, [, n]) => s + n, 0);
    expect(row("Other areas")?.slice(1)).toEqual([String(others), "", ""]);
    expect(err).toContain("Islington");
    expect(err).toContain('"London, City of"');
  });

  it("takes the analyst's own areas from --areas, ranking Islington too", async () => {
    const run = await satk(
      "table",
      "rate",
      "--input",
      ...cityFiles,
      "--population",
      CENSUS_POPULATION,
      "--population-columns",
      "POP11",
      "--years",
      "1",
      "--areas",
      "City of London,Islington",
    );
    const ranked = parseCsv(run.out)
      .filter((r) => r[3] !== "" && r[3] !== "Ranking")
      .map((r) => r[0]);
    expect(ranked.sort()).toEqual(["City of London", "Islington"]);
  });

  it("refuses an unknown --area-level with exit 2, and --areas naming no area with exit 3", async () => {
    expect((await satk("table", "area-comparison", "--input", cityFiles[0], "--area-level", "county")).code).toBe(2);
    const bad = await satk("table", "area-comparison", "--input", cityFiles[0], "--areas", "Atlantis");
    expect(bad.code).toBe(3);
    expect(bad.err).toMatch(/--areas: no area of the data is or lies in "Atlantis"/);
  });
});

describe("satk table rate with ONS mid-year estimates as population (issue 11: population in ONS's shapes)", () => {
  // Twelve months of 100 Trafford crimes (60 burglaries, 40 robberies), as a long table (no Falls within:
  // the force is taken to be the force area holding most records).
  const crimes = join(dir, "trafford-long.csv");
  writeFileSync(
    crimes,
    [
      "Month,Crime type,District,Count",
      ...Array.from(
        { length: 12 },
        (_, m) =>
          `2024-${String(m + 1).padStart(2, "0")},Burglary,Trafford,60\n2024-${String(m + 1).padStart(2, "0")},Robbery,Trafford,40`,
      ),
    ].join("\n"),
  );

  it("divides by the Persons all_ages estimate, 241,025, not the sexes added to it", async () => {
    const run = await satk(
      "table",
      "rate",
      "--input",
      crimes,
      "--population",
      join(CORPUS, "trafford-mid-2024-population-local-authority.csv"),
    );
    expect(run.code).toBe(0);
    const trafford = parseCsv(run.out).find((r) => r[0] === "Trafford");
    expect(trafford?.slice(1, 3)).toEqual(["1200", (Math.round((1200 / 241025) * 10000) / 10).toFixed(1)]);
    expect(run.err).toMatch(/the force was taken to be Greater Manchester/);
  });

  it("adds ward estimates up into the district by ONS's lookup", async () => {
    const run = await satk(
      "table",
      "rate",
      "--input",
      crimes,
      "--population",
      join(CORPUS, "trafford-mid-2024-population-ward.csv"),
    );
    expect(run.code).toBe(0);
    expect(parseCsv(run.out).find((r) => r[0] === "Trafford")?.[2]).toBe(
      (Math.round((1200 / 241025) * 10000) / 10).toFixed(1),
    );
  });

  it("uses --population-column for another column, such as those aged 16 to 64 (148,280)", async () => {
    const run = await satk(
      "table",
      "rate",
      "--input",
      crimes,
      "--population",
      join(CORPUS, "trafford-mid-2024-population-local-authority.csv"),
      "--population-column",
      "aged_16_to_64",
    );
    expect(parseCsv(run.out).find((r) => r[0] === "Trafford")?.[2]).toBe(
      (Math.round((1200 / 148280) * 10000) / 10).toFixed(1),
    );
  });
});

describe("satk table rate at the force level on Gwent's files (district populations added up by the ONS lookup)", () => {
  it("divides Gwent's own crimes of 2024 by its five districts' 2021 census population added up, 585,100", async () => {
    const gwentFiles = readdirSync(join(POLICE_UK_DATA, "gwent"))
      .sort()
      .map((f) => join(POLICE_UK_DATA, "gwent", f));
    const run = await satk(
      "table",
      "rate",
      "--input",
      ...gwentFiles,
      "--population",
      CENSUS_POPULATION,
      "--population-columns",
      "POP21",
      "--years",
      "1",
      "--area-level",
      "force",
    );
    expect(run.code).toBe(0);
    const own = ["Blaenau Gwent", "Caerphilly", "Monmouthshire", "Newport", "Torfaen"];
    const crimes = naiveRows("gwent").filter(
      (f) =>
        f[1] >= "2024-01" &&
        f[1] <= "2024-12" &&
        f[9] !== "Anti-social behaviour" &&
        own.includes(f[8].replace(/ \d{3}[A-Z]$/, "")),
    ).length;
    const census = readFileSync(CENSUS_POPULATION, "utf8")
      .split("\n")
      .map((l) => l.split(","));
    const people = own.reduce((sum, d) => sum + Number(census.find((r) => r[1] === d)?.[5]), 0);
    expect(people).toBe(585100);
    const gwent = parseCsv(run.out).find((r) => r[0] === "Gwent");
    expect(gwent?.slice(1, 4)).toEqual([String(crimes), (Math.round((crimes / people) * 10000) / 10).toFixed(1), "1"]);
  });

  it("says once on standard error how the population was added up (the rate table's notes carry it, and are printed there)", async () => {
    const gwentFiles = readdirSync(join(POLICE_UK_DATA, "gwent"))
      .sort()
      .map((f) => join(POLICE_UK_DATA, "gwent", f));
    const run = await satk(
      "table",
      "rate",
      "--input",
      ...gwentFiles,
      "--population",
      CENSUS_POPULATION,
      "--population-columns",
      "POP21",
      "--years",
      "1",
      "--area-level",
      "force",
    );
    expect(run.err.split("\n").filter((line) => line.includes("added up into"))).toHaveLength(1);
  });
});
