import { placeAreas, UNMATCHED_LSOAS } from "../../../src/core/areas/place-areas";
import { buildDataset } from "../../../src/core/data/build-dataset";
import { rateTable } from "../../../src/core/tables/rate-table";
import { areaComparison } from "../../../src/core/tables/area-comparison";
import { periodComparison } from "../../../src/core/tables/period-comparison";
import { parsePopulationTable } from "../../../src/core/tables/population-table";
import { readAreaLookup, readWardLookups } from "../../../src/cli/area-lookups";
import { parseCsv } from "../../../src/core/csv/parse-csv";
import { readFileSync } from "fs";
import { gunzipSync } from "zlib";
import { CENSUS_POPULATION } from "../../shared-data";
import { policeFiles, naiveRows } from "../../police-uk-files";
import { cityOfLondonCrimesByDistrict, cityOfLondonFiles } from "./corpus-files";
import type { TableModel } from "../../../src/core/tables/table-model";

const lookup = readAreaLookup();
const census = parsePopulationTable(parseCsv(readFileSync(CENSUS_POPULATION), "census"));
const row = (table: TableModel, label: string) => table.rows.find((r) => r.cells[0].value === label);

describe("placeAreas on City of London Police's 2021 files (the force's own area guessed wrong, issue 11)", () => {
  const counts = cityOfLondonCrimesByDistrict();
  const placed = placeAreas(buildDataset(cityOfLondonFiles()), { lookup });
  const rates = rateTable(placed.dataset, { population: census, populationColumns: ["POP11"], years: 1 });

  it("reads the counts the issue gives: 4,693 in the City, 164 in Tower Hamlets, 92 in Islington", () => {
    expect([counts.get("City of London"), counts.get("Tower Hamlets"), counts.get("Islington")]).toEqual([
      4693, 164, 92,
    ]);
  });

  it("makes the City of London the force's only own district, from Falls within and the ONS lookup", () => {
    const own = placed.dataset.areas.filter((_, a) => placed.dataset.ownAreas?.[a]);
    expect(own).toEqual(["City of London"]);
    expect(placed.notes.join(" ")).toContain('"London, City of"');
  });

  it("shows Islington and Tower Hamlets in Other areas, unranked, never as ranked districts", () => {
    expect(row(rates, "Islington")).toBeUndefined();
    expect(row(rates, "Tower Hamlets")).toBeUndefined();
    const others = [...counts].filter(([d]) => d !== "City of London" && d !== "").reduce((s, [, n]) => s + n, 0);
    expect(row(rates, "Other areas")?.cells[1].value).toBe(others);
    expect(row(rates, "Other areas")?.cells[3].value).toBe("");
    expect(row(rates, "City of London")?.cells[3].value).toBe(1);
  });

  it("gives the force a rate of about 640 per 1,000: 4,693 crimes over the City's 7,375 people (census 2011), not 10", () => {
    const force = row(rates, "Force");
    expect(force?.cells[2].value).toBe(Math.round((4693 / 7375) * 10000) / 10);
    expect(force?.cells[2].value).toBeCloseTo(636.3, 1);
    expect(rates.notes.join(" ")).toContain("4,693 of");
  });

  it("gives a force-level table one row for the force and Metropolitan Police as Other areas", () => {
    const atForce = placeAreas(buildDataset(cityOfLondonFiles()), { lookup, level: "force" });
    const table = areaComparison(atForce.dataset, {});
    expect(row(table, "London, City of")?.cells[2].value).toBe(4693);
    expect(row(table, "Other areas")?.cells[2].value).toBe(
      [...counts].filter(([d]) => d !== "City of London" && d !== "").reduce((s, [, n]) => s + n, 0),
    );
  });

  it("lets --areas override Falls within, and refuses a name that is no area, listing those there are", () => {
    const mine = placeAreas(buildDataset(cityOfLondonFiles()), { lookup, areas: ["City of London", "Islington"] });
    expect(mine.dataset.areas.filter((_, a) => mine.dataset.ownAreas?.[a]).sort()).toEqual([
      "City of London",
      "Islington",
    ]);
    expect(() => placeAreas(buildDataset(cityOfLondonFiles()), { lookup, areas: ["Camdne"] })).toThrow(
      /"Camdne".*Areas in the data: .*Camden/,
    );
  });

  it("carries ONS's licence line in the source once the lookup placed the areas", () => {
    expect(rates.source).toContain(
      "Source: Office for National Statistics licensed under the Open Government Licence v3.0",
    );
  });
});

describe("placeAreas at the ward level on Gwent's files (2011 or 2021 LSOA codes)", () => {
  const wards = readWardLookups();

  it("reads 2024 files by the 2021 LSOA to 2024 ward lookup, every LSOA matched", () => {
    const placed = placeAreas(buildDataset(policeFiles("gwent", "2024-12"), { keepLsoas: true }), {
      lookup,
      level: "ward",
      wardLookups: wards,
    });
    expect(placed.notes[0]).toMatch(/\(2021 LSOAs to 2024 wards\): (\d+) of \1 LSOAs matched/);
    expect(placed.dataset.areas).not.toContain(UNMATCHED_LSOAS);
  });

  it("reads July 2022 by the 2011 lookup and counts the records of its new 2021 LSOAs apart, as many as the file holds", () => {
    const placed = placeAreas(buildDataset(policeFiles("gwent", "2022-07"), { keepLsoas: true }), {
      lookup,
      level: "ward",
      wardLookups: wards,
    });
    expect(placed.notes[0]).toContain("2011 LSOAs to December 2021 wards");
    const lsoa11 = new Set(
      gunzipSync(readFileSync(`${__dirname}/../../../assets/lookups/LSOA11_WD21_LAD21_EW_LU.csv.gz`))
        .toString("utf8")
        .split("\n")
        .map((l) => l.split(",")[0]),
    );
    const outside = naiveRows("gwent", "2022-07").filter((f) => f[7] !== "" && !lsoa11.has(f[7]));
    expect(outside.length).toBeGreaterThan(0);
    const table = areaComparison(placed.dataset, { category: "All crime" });
    const crimes = outside.filter((f) => f[9] !== "Anti-social behaviour").length;
    expect(row(table, UNMATCHED_LSOAS)?.cells[1].value).toBe(crimes);
  });
});

describe("placeAreas on Kent's files", () => {
  it("keeps Kent's twelve districts and Medway as its own and Bexley and other neighbours as Other areas", () => {
    const placed = placeAreas(buildDataset(policeFiles("kent")), { lookup });
    const own = placed.dataset.areas.filter((_, a) => placed.dataset.ownAreas?.[a]).sort();
    expect(own).toEqual([
      "Ashford",
      "Canterbury",
      "Dartford",
      "Dover",
      "Folkestone and Hythe",
      "Gravesham",
      "Maidstone",
      "Medway",
      "Sevenoaks",
      "Swale",
      "Thanet",
      "Tonbridge and Malling",
      "Tunbridge Wells",
    ]);
  });

  it("groups Dartford and Gravesham into one CSP at the csp level, as seed table 2.5 shows them", () => {
    const placed = placeAreas(buildDataset(policeFiles("kent")), { lookup, level: "csp" });
    const table = areaComparison(placed.dataset, { category: "Burglary" });
    // The latest month's column (February 2019): the five Kent months hold no whole rolling year.
    const burglaries = naiveRows("kent").filter(
      (f) => /^(Dartford|Gravesham) /.test(f[8]) && f[9] === "Burglary" && f[1] === "2019-02",
    ).length;
    expect(burglaries).toBeGreaterThan(0);
    expect(row(table, "Dartford and Gravesham")?.cells[1].value).toBe(burglaries);
    expect(row(table, "Dartford")).toBeUndefined();
    expect(placed.dataset.areas).toContain("Maidstone");
    expect(placed.dataset.areaCodes?.[placed.dataset.areas.indexOf("Maidstone")]).toBe("E22000142");
  });

  it("counts Maidstone's wards from the LSOA codes, as a count made here through the 2011 lookup gives", () => {
    const wards = readWardLookups();
    const placed = placeAreas(buildDataset(policeFiles("kent"), { keepLsoas: true }), {
      lookup,
      level: "ward",
      wardLookups: wards,
      areas: ["Maidstone"],
    });
    const table = periodComparison(placed.dataset, {
      by: "area",
      category: "Anti-social behaviour",
      periodMonths: 1,
      periods: 2,
      endMonth: null,
    });
    // Independently: the naive rows of February 2019, ASB, by the lookup file's ward of their LSOA code.
    const lines = gunzipSync(readFileSync(`${__dirname}/../../../assets/lookups/LSOA11_WD21_LAD21_EW_LU.csv.gz`))
      .toString("utf8")
      .split("\n");
    const wardOf = new Map(
      lines
        .slice(1)
        .map((l) => l.replace(/\r$/, "").split(","))
        .map((f) => [f[0], { ward: f[3], district: f[5] }]),
    );
    const expected = new Map<string, number>();
    for (const f of naiveRows("kent")) {
      const w = wardOf.get(f[7]);
      if (f[1] !== "2019-02" || f[9] !== "Anti-social behaviour" || w?.district !== "Maidstone") continue;
      expected.set(w.ward, (expected.get(w.ward) ?? 0) + 1);
    }
    expect(row(table, "High Street")?.cells[1].value).toBe(expected.get("High Street"));
    expect(row(table, "Fant")?.cells[1].value).toBe(expected.get("Fant"));
    expect(placed.notes[0]).toMatch(/2011 LSOAs to December 2021 wards\): \d+ of \d+ LSOAs matched/);
  });

  it("counts records whose LSOA code the ward lookup lacks in their own row, and says how many", () => {
    const inputs = [
      {
        name: "made.csv",
        csv: "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\nx1,2019-01,Kent Police,Kent Police,0,0,here,E01024396,Maidstone 010E,Burglary,,\nx2,2019-01,Kent Police,Kent Police,0,0,here,E01999999,Maidstone 099Z,Burglary,,\n",
      },
    ];
    const placed = placeAreas(buildDataset(inputs, { keepLsoas: true }), {
      lookup,
      level: "ward",
      wardLookups: readWardLookups(),
    });
    expect(placed.dataset.areas).toEqual(["Shepway North", UNMATCHED_LSOAS]);
    expect(placed.notes.join(" ")).toContain("1 LSOA is not in that lookup (E01999999)");
    expect(row(areaComparison(placed.dataset, {}), UNMATCHED_LSOAS)?.cells[1].value).toBe(1);
  });

  it("refuses ward tables from data without LSOA codes, saying what they need", () => {
    const data = buildDataset({
      name: "long.csv",
      csv: "Month,Crime type,District,Count\n2019-01,Burglary,Maidstone,3\n",
    });
    expect(() => placeAreas(data, { lookup, level: "ward", wardLookups: [] })).toThrow(/LSOA codes/);
  });
});
