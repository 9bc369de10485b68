import { districtsOf } from "../../../src/core/areas/districts-of";
import { forceKey } from "../../../src/core/areas/force-key";
import { readAreaLookup } from "../../../src/cli/area-lookups";
import { readFileSync } from "fs";
import { gunzipSync } from "zlib";

const lookup = readAreaLookup();

describe("districtsOf", () => {
  it("finds districts by today's name, a CSP that was a district, and a former name", () => {
    expect(districtsOf(lookup, "Tonbridge & Malling")[0].force).toBe("Kent");
    expect(districtsOf(lookup, "Allerdale").map((r) => [r.district, r.csp])).toEqual([["Cumberland", "Allerdale"]]);
    expect(districtsOf(lookup, "Harrogate")[0].district).toBe("North Yorkshire");
    expect(districtsOf(lookup, "Shepway")[0].district).toBe("Folkestone and Hythe");
    expect(districtsOf(lookup, "Bristol")[0].district).toBe("Bristol, City of");
    expect(districtsOf(lookup, "Unknown area")).toEqual([]);
  });

  it("places the district of every 2021 LSOA name in the force ONS gives most of its LSOAs' districts", () => {
    const lines = gunzipSync(readFileSync(`${__dirname}/../../../assets/lookups/LSOA21_WD24_LAD24_EW_LU.csv.gz`))
      .toString("utf8")
      .trim()
      .split("\n")
      .slice(1);
    const forceOfCode = new Map(lookup.rows.map((r) => [r.districtCode, r.force]));
    // One LSOA, "West Northamptonshire 048E", fits best in a Cherwell ward: the force of most LSOAs is the district's.
    const votes = new Map<string, Map<string | undefined, number>>();
    for (const line of lines) {
      // lsoa21_name,lsoa21_code,ward24_name,ward24_code,ltla24_name,ltla24_code (names may be quoted)
      const code = line.slice(line.lastIndexOf(",") + 1).replace(/\r$/, "");
      const name = line.startsWith('"') ? line.slice(1, line.indexOf('"', 1)) : line.slice(0, line.indexOf(","));
      const district = name.replace(/ \d{3}[A-Z]$/, "");
      const tally = votes.get(district) ?? new Map<string | undefined, number>();
      tally.set(forceOfCode.get(code), (tally.get(forceOfCode.get(code)) ?? 0) + 1);
      votes.set(district, tally);
    }
    const wrong = [...votes].filter(
      ([district, tally]) => districtsOf(lookup, district)[0]?.force !== [...tally].sort((a, b) => b[1] - a[1])[0][0],
    );
    expect(wrong).toEqual([]);
    expect(votes.size).toBeGreaterThan(330);
  });
});

describe("forceKey", () => {
  it("matches police.uk's force names to ONS's police force area names", () => {
    expect(forceKey("City of London Police")).toBe(forceKey("London, City of"));
    expect(forceKey("Metropolitan Police Service")).toBe(forceKey("Metropolitan Police"));
    expect(forceKey("Devon & Cornwall Police")).toBe(forceKey("Devon & Cornwall"));
    expect(forceKey("Avon and Somerset Constabulary")).toBe(forceKey("Avon and Somerset"));
    expect(forceKey("Kent Police")).not.toBe(forceKey("Gwent"));
    expect(forceKey(undefined)).toBe("");
  });
});
