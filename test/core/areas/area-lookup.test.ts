import { parseAreaLookup } from "../../../src/core/areas/area-lookup";
import { readAreaLookup } from "../../../src/cli/area-lookups";
import { readFileSync } from "fs";

describe("parseAreaLookup on ONS's December 2024 LAD to CSP to PFA lookup (assets/lookups)", () => {
  const lookup = readAreaLookup();
  const text = readFileSync(`${__dirname}/../../../assets/lookups/LAD24_CSP24_PFA24_EW_LU.csv`, "utf8");

  it("reads all 332 rows, as many as the file has lines after its header", () => {
    expect(lookup.rows).toHaveLength(332);
    expect(text.trim().split("\n").length - 1).toBe(332);
  });

  it("places Maidstone in Kent, the City of London in 'London, City of' and Newport in Gwent", () => {
    const force = (d: string) => lookup.rows.find((r) => r.district === d)?.force;
    expect([force("Maidstone"), force("City of London"), force("Newport")]).toEqual([
      "Kent",
      "London, City of",
      "Gwent",
    ]);
  });

  it("gives exactly seven districts several CSP rows, the ones whose CSPs follow pre-merger districts", () => {
    const rowsOf = new Map<string, string[]>();
    for (const r of lookup.rows) rowsOf.set(r.district, [...(rowsOf.get(r.district) ?? []), r.csp]);
    const several = [...rowsOf]
      .filter(([, csps]) => csps.length > 1)
      .map(([d]) => d)
      .sort();
    expect(several).toEqual([
      "Bournemouth, Christchurch and Poole",
      "Buckinghamshire",
      "Cumberland",
      "East Suffolk",
      "North Northamptonshire",
      "West Northamptonshire",
      "Westmorland and Furness",
    ]);
    expect(rowsOf.get("Buckinghamshire")?.sort()).toEqual(["Aylesbury Vale", "Chiltern", "South Bucks", "Wycombe"]);
  });

  it("has the 43 territorial forces and 318 districts", () => {
    expect(new Set(lookup.rows.map((r) => r.force)).size).toBe(43);
    expect(new Set(lookup.rows.map((r) => r.districtCode)).size).toBe(318);
  });

  it("reads any edition's column names and names a missing column", () => {
    const older = parseAreaLookup([
      ["LAD20CD", "LAD20NM", "CSP20CD", "CSP20NM", "PFA20CD", "PFA20NM"],
      ["E07000110", "Maidstone", "E22000142", "Maidstone", "E23000032", "Kent"],
    ]);
    expect(older.rows[0].force).toBe("Kent");
    expect(() =>
      parseAreaLookup([
        ["LAD24CD", "LAD24NM"],
        ["x", "y"],
      ]),
    ).toThrow(/CSP\.\.CD/);
  });
});
