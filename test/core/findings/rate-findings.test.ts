import { rateFindings } from "../../../src/core/findings/rate-findings";
import { keyFindings } from "../../../src/core/findings/key-findings";
import { monthIndex } from "../../../src/core/periods/month-index";
import { parsePopulationTable } from "../../../src/core/tables/population-table";
import { rateTable } from "../../../src/core/tables/rate-table";
import { countsDataset } from "../tables/police-uk-fixture";
import { SEED_2_5_RATES } from "../tables/seed-builders";

// Seed 2.5's 2017 rates as offences over a population of 1,000 each (as test/core/tables/rate-table.test.ts
// builds them), so Maidstone's rate is the seed's 68 and its rank the seed's 6th. The force's rate is then the
// mean of the twelve, 846 / 12 = 70.5 (the seed's Kent 73 uses real populations, which it does not print).
const rates = SEED_2_5_RATES;
const ds = countsDataset([
  ...rates.map(([d, r]) => ["2017-03", "Burglary", d, r] as [string, string, string, number]),
  ["2016-04", "Burglary", "Maidstone", 0],
]);
const population = parsePopulationTable([["Area", "Population"], ...rates.map(([d]) => [d, 1000])]);
const table = rateTable(ds, { population, endMonth: monthIndex(2017, 3) });

describe("rateFindings on the seed's table 2.5 rates", () => {
  it("gives Maidstone's rate, below the force's, ranked 6th (seed 2.1: 68 per 1,000, below average, ranked 6th)", () => {
    expect(rateFindings(table, "Maidstone", null, "Kent")).toEqual([
      "All crime in Maidstone equated to 68.0 crimes per 1,000 population in the period April 2016 to March 2017. " +
        "This is below the Kent Force wide rate of 70.5, and Maidstone is ranked 6th of the 12 areas (1st: the lowest rate).",
    ]);
  });

  it("says above for Thanet, and uses the report's words for the area", () => {
    expect(rateFindings(table, "Thanet", "the district", null)[0]).toMatch(
      /^All crime in the district equated to 98\.0 crimes .* This is above the force-wide rate of 70\.5, and Thanet is ranked 12th of the 12 areas/,
    );
  });

  it("gives nothing without an area of interest or for an area not in the table", () => {
    expect(rateFindings(table, null, null, null)).toEqual([]);
    expect(rateFindings(table, "Nowhere", null, null)).toEqual([]);
  });

  it("is what keyFindings gives for a rate table", () => {
    expect(keyFindings([table], { area: "Maidstone" })[0].findings[0]).toMatch(
      /^All crime in Maidstone equated to 68\.0 crimes per 1,000 population/,
    );
  });

  it("names what a table of searches counts, and the rate's own base, rather than crimes per 1,000", () => {
    const searches = {
      ...countsDataset([
        ...rates.map(([d, r]) => ["2017-03", "Person search", d, r] as [string, string, string, number]),
        ["2016-04", "Person search", "Maidstone", 0],
      ]),
      kind: "searches" as const,
    };
    const perHundred = rateTable(searches, { population, endMonth: monthIndex(2017, 3), per: 100 });
    // 68 searches over 1,000 people: 6.8 per 100.
    expect(rateFindings(perHundred, "Maidstone", null, null)[0]).toMatch(
      /^All searches in Maidstone equated to 6\.8 searches per 100 population /,
    );
  });
});
