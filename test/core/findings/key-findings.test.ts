import { keyFindings } from "../../../src/core/findings/key-findings";
import { monthIndex } from "../../../src/core/periods/month-index";
import { rollingYear as rollingYearWindow } from "../../../src/core/periods/rolling-year";
import { areaComparison } from "../../../src/core/tables/area-comparison";
import { parseDivisionTable } from "../../../src/core/tables/division-table";
import { periodComparison } from "../../../src/core/tables/period-comparison";
import { rollingYear } from "../../../src/core/tables/rolling-year";
import type { TableCell, TableModel, TableRow } from "../../../src/core/tables/table-model";
import { spcTable } from "../../export/seed-tables";
import { SEED_3_1_DISTRICTS, SEED_4_1_ASB, seedDataset, type SeedSeries } from "../tables/seed-builders";
import { countsDataset, monthsBetween } from "../tables/police-uk-fixture";
import { UNMATCHED_LSOAS } from "../../../src/core/areas/place-areas";

const OCT_2017 = monthIndex(2017, 10);

/**
 * Seed 2.1 and 2.6: Maidstone's all crime, 10,271 in the year to October 2016 and 13,594 in the year to
 * October 2017, split as in test/core/tables/rolling-year.test.ts. The seed prints the Kent force's
 * change (+30.0%) but not its counts: "Rest of Kent" is a stand-in that brings the force to 100,000 and
 * 130,000, which gives that +30.0%; the sentence quotes only the %.
 */
const kent = seedDataset([
  ["Violence and sexual offences", "Maidstone", 579, 5279, 3674],
  ["Robbery", "Maidstone", 9, 99, 69],
  ["Vehicle crime", "Maidstone", 626, 6512, 5502],
  ["Public order", "Maidstone", 232, 1704, 1026],
  ["Public order", "Rest of Kent", 10000, 130000 - 13594, 100000 - 10271],
]);

describe("keyFindings reproduces the seed's own sentences from the seed's own figures", () => {
  it("writes section 2.1's sentence word for word from tables 2.6 and an all-crime area comparison", () => {
    const volume = rollingYear(kent, { area: "Maidstone", endMonth: OCT_2017 });
    const byArea = areaComparison(kent, { endMonth: OCT_2017 });
    const [findings] = keyFindings([volume, byArea], { areaWords: "the borough", forceName: "Kent" });
    expect(findings.table).toBe(volume.title);
    expect(findings.findings[0]).toBe(
      "All crime in the borough rose by 32.4% in the period November 2016 to October 2017 compared with the same period the previous year, " +
        "from a total of 10,271 crimes to 13,594 crimes. This compares to a Kent Force wide increase of 30.0%.",
    );
    // SciPy: binomtest(13594, 23865, 0.5).pvalue = 6.7e-103.
    expect(findings.findings[1]).toBe("This is a statistically significant rise at the 5% level (p < 0.001).");
  });

  it("names the area and a force-wide increase when not told the report's words", () => {
    const volume = rollingYear(kent, { area: "Maidstone", endMonth: OCT_2017 });
    const [findings] = keyFindings([volume, areaComparison(kent, { endMonth: OCT_2017 })]);
    expect(findings.findings[0]).toMatch(
      /^All crime in Maidstone rose by 32\.4% .* This compares to a force-wide increase of 30\.0%\.$/,
    );
  });

  it("leaves out the force comparison when no all-crime area comparison of the same year is among the tables", () => {
    const volume = rollingYear(kent, { area: "Maidstone", endMonth: OCT_2017 });
    const [findings] = keyFindings([volume], { forceName: "Kent" });
    expect(findings.findings[0]).toMatch(/to 13,594 crimes\.$/);
  });

  describe("table 3.1, violent crime by district", () => {
    const districts = SEED_3_1_DISTRICTS;
    const seed = seedDataset(
      districts.map(([, d, m, a, b]) => ["Violence and sexual offences", d, m, a, b] as SeedSeries),
    );
    const divisions = parseDivisionTable([
      ["District", "Division"],
      ...districts.map(([division, district]) => [district, division]),
    ]);
    const table = areaComparison(seed, { category: "Violent crime", divisions, endMonth: OCT_2017 });
    const findings = keyFindings([table], { area: "Maidstone", forceName: "Kent" })[0].findings;

    it("gives Maidstone's rise of 43.7% with the West Division's 44.9% and the force's 45.1% (seed 3.1: below the division and county)", () => {
      expect(findings[0]).toBe(
        "Violent crime in Maidstone rose by 43.7% in the period November 2016 to October 2017 compared with the same period the previous year, " +
          "from a total of 3,743 crimes to 5,378 crimes. This compares to a West Division increase of 44.9% and a Kent Force wide increase of 45.1%.",
      );
    });

    it("ranks Maidstone 5th lowest of 13, where the seed prints 4th: Shepway 35.5%, Tunbridge Wells 37.3%, Thanet 37.6%, Dartford 39.5% are lower", () => {
      // Maidstone 1635/3743 = 43.68% is below Canterbury's 1696/3874 = 43.78%, so it is 5th, not tied, and not 4th.
      expect(findings).toContain("Maidstone had the 5th lowest increase of the 13 areas.");
    });

    it("names the largest rises by number and by % among the districts", () => {
      expect(findings).toContain(
        "The largest rises by number were in Medway (+3,619, from 8,252 to 11,871), Thanet (+1,980, from 5,262 to 7,242) and Dover (+1,854, from 2,799 to 4,653).",
      );
      expect(findings).toContain(
        "The largest rises by percentage were in Dover (+66.2%, from 2,799 to 4,653), Ashford (+66.1%, from 2,378 to 3,951) and Sevenoaks (+51.7%, from 1,702 to 2,582).",
      );
      expect(findings.some((f) => /fall/.test(f) && !/lowest increase/.test(f))).toBe(false);
    });
  });

  describe("table 4.1, anti-social behaviour by district over three years", () => {
    const asb = SEED_4_1_ASB;
    const ds = seedDataset(asb.map(([d, a, b, c]) => ["Anti-social behaviour", d, 0, a, b, c] as SeedSeries));
    const table = periodComparison(ds, { category: "Anti-social behaviour", periods: 3, endMonth: OCT_2017 });
    const findings = keyFindings([table], { area: "Maidstone", forceName: "Kent" })[0].findings;

    it("gives Maidstone's fall from 3,697 to 3,243 (12.3%) against the county's 11.0% (seed 4.1: 12% and 11%)", () => {
      expect(findings[0]).toBe(
        "Anti-social behaviour in Maidstone fell by 12.3% in the period November 2016 to October 2017 compared with the same period the previous year, " +
          "from a total of 3,697 incidents to 3,243 incidents. This compares to a Kent Force wide decrease of 11.0%.",
      );
      // SciPy: binomtest(3243, 6940, 0.5).pvalue = 5.3e-8.
      expect(findings[1]).toBe("This is a statistically significant fall at the 5% level (p < 0.001).");
    });

    it("quotes the table's own county ranking, 7th of 13 (seed 4.1)", () => {
      expect(findings[2]).toBe("Maidstone is ranked 7th of the 13 areas by % change (1st: the largest fall).");
    });

    it("names Ashford as the only rise, and the largest falls by number and %", () => {
      expect(findings).toContain("The largest rise by number was in Ashford (+217, from 1,856 to 2,073).");
      expect(findings).toContain(
        "The largest falls by number were in Thanet (-698, from 5,368 to 4,670), Medway (-623, from 8,747 to 8,124) and Shepway (-574, from 2,948 to 2,374).",
      );
      expect(findings).toContain(
        "The largest falls by percentage were in Shepway (-19.5%, from 2,948 to 2,374), Tunbridge Wells (-17.9%, from 2,287 to 1,877) and Dartford (-17.5%, from 2,990 to 2,467).",
      );
    });
  });
});

const text = (value: string): TableCell => ({ kind: "text", value });
const count = (value: number | null): TableCell =>
  value === null ? { kind: "count", value, footnote: "*" } : { kind: "count", value };
function seedRow(
  level: 0 | 1,
  kind: TableRow["kind"],
  label: string,
  month: number,
  ry0: number | null,
  ry1: number,
): TableRow {
  const change: TableCell =
    ry0 === null ? { kind: "change", value: null, footnote: "*" } : { kind: "change", value: ry0 - ry1 };
  const pct: TableCell =
    ry0 === null
      ? { kind: "percentChange", value: null, footnote: "*" }
      : { kind: "percentChange", value: Math.round(((ry0 - ry1) / ry1) * 1000) / 10 };
  return { level, kind, cells: [text(label), count(month), count(ry0), count(ry1), change, pct] };
}

/**
 * Seed table 2.6 in full, as printed (both pages, the two latest years), except VATP, whose printed change
 * (+725, +21.4%) disagrees with its printed counts: here 4833 - 3390 = +1443 and +42.6% (section 3.1 of the
 * seed itself says "an increase of 42%").
 */
function table26(): TableModel {
  const rows = [
    seedRow(0, "subtotal", "Victim based crime", 1214, 11890, 9245),
    seedRow(0, "data", "Violent Crime", 588, 5378, 3743),
    seedRow(1, "data", "Violence Against The Person", 539, 4833, 3390),
    seedRow(1, "data", "Sexual Offences", 40, 446, 284),
    seedRow(1, "data", "Robbery", 9, 99, 69),
    seedRow(0, "data", "Burglary Residential", 77, null, 286),
    seedRow(0, "data", "Burglary Business and Community", 40, null, 532),
    seedRow(0, "data", "Vehicle Crime", 57, 755, 686),
    seedRow(1, "data", "Theft Of Motor Vehicle", 20, 254, 182),
    seedRow(1, "data", "Theft From Motor Vehicle", 37, 501, 504),
    seedRow(0, "data", "Vehicle Interference", 6, 97, 110),
    seedRow(0, "data", "Theft and Handling", 269, 2868, 2422),
    seedRow(1, "data", "Shoplifting", 89, 955, 804),
    seedRow(1, "data", "Theft of Pedal cycle", 6, 158, 136),
    seedRow(1, "data", "Other Theft", 174, 1755, 1482),
    seedRow(0, "data", "Criminal Damage", 177, 1732, 1466),
    seedRow(0, "subtotal", "Crimes against society", 232, 1704, 1026),
    seedRow(0, "data", "Drug Offences", 27, 342, 345),
    seedRow(0, "data", "Possession of weapons", 14, 85, 50),
    seedRow(0, "data", "Public order offences", 156, 923, 402),
    seedRow(0, "data", "Other crimes", 35, 354, 229),
    seedRow(0, "total", "All crime", 1446, 13594, 10271),
  ];
  return {
    recipe: "rolling-year",
    title: "Volume of crimes by type, Maidstone, RY ending Oct 2017",
    sheetName: "Rolling year Maidstone",
    headerRows: [],
    rows,
    notes: [],
    source: "",
    subject: {
      area: "Maidstone",
      category: "All crime",
      periods: [rollingYearWindow(OCT_2017), rollingYearWindow(OCT_2017, 1)],
    },
  };
}

describe("keyFindings on the whole of seed table 2.6", () => {
  const findings = keyFindings([table26()])[0].findings;

  it("names the largest rises by number among categories without sub-categories", () => {
    expect(findings).toContain(
      "The largest rises by number were in Violence Against The Person (+1,443, from 3,390 to 4,833), Public order offences (+521, from 402 to 923) and Other Theft (+273, from 1,482 to 1,755).",
    );
  });

  it("names the largest rises by %, all statistically significant (SciPy: 85 against 50 gives p = 0.0033)", () => {
    expect(findings).toContain(
      "The largest rises by percentage were in Public order offences (+129.6%, from 402 to 923), Possession of weapons (+70.0%, from 50 to 85) and Sexual Offences (+57.0%, from 284 to 446).",
    );
  });

  it("names the three falls the seed's commentary names (vehicle interference, theft from motor vehicle, drug offences), each within normal variation", () => {
    // SciPy binomtest two-sided p: 97 v 110 0.404; 501 v 504 0.950; 342 v 345 0.939.
    expect(findings).toContain(
      "The only falls were in Vehicle Interference (-13, -11.8%, from 110 to 97, within normal variation), " +
        "Theft From Motor Vehicle (-3, -0.6%, from 504 to 501, within normal variation) and Drug Offences (-3, -0.9%, from 345 to 342, within normal variation).",
    );
  });

  it("says nothing about the burglary rows, whose latest year is N/A", () => {
    expect(findings.join(" ")).not.toMatch(/Burglary/);
  });
});

describe("keyFindings on SPC series", () => {
  it("reads the latest point of each series in Making Data Count's words", () => {
    const findings = keyFindings([spcTable()])[0].findings;
    expect(findings[0]).toBe(
      "Violent crime, Maidstone: the latest month, December 2023 (600), shows common cause variation, within the process limits (500.0 to 660.0) around the centre line of 580.0.",
    );
    expect(findings).toHaveLength(2);
  });

  it("gives no findings for tables it has no reading of", () => {
    const other: TableModel = { ...table26(), recipe: "outcomes" };
    expect(keyFindings([other])[0].findings).toEqual([]);
  });

  it("never names a row set apart from the force's areas (LSOAs the ward lookup lacks) as an area's rise or rank", () => {
    // Each month: Abbey 10 then 11 (120 -> 132), Alibon 10 then 8 (120 -> 96), unmatched LSOAs 1 then 6 (12 -> 72, the largest rise).
    const entries: [string, string, string, number][] = [];
    monthsBetween("2022-01", "2023-12").forEach((month, i) => {
      const later = i >= 12;
      entries.push(
        [month, "Burglary", "Abbey", later ? 11 : 10],
        [month, "Burglary", "Alibon", later ? 8 : 10],
        [month, "Burglary", UNMATCHED_LSOAS, later ? 6 : 1],
      );
    });
    const base = countsDataset(entries);
    const wards = { ...base, ownAreas: base.areas.map((a) => a !== UNMATCHED_LSOAS) };
    const table = areaComparison(wards, { category: "Burglary", endMonth: monthIndex(2023, 12) });
    const findings = keyFindings([table], { area: "Abbey" })[0].findings.join(" ");
    expect(findings).not.toContain(UNMATCHED_LSOAS);
    expect(findings).toContain("Abbey");
  });
});

describe("keyFindings rank direction (issue 22 item 5)", () => {
  it("says 1st is the smallest rise, not the largest fall, when every area rose", () => {
    // each district's latest year (RY ending Oct 2017) is its year before plus 10% plus 50, so every area rose
    const rising = SEED_4_1_ASB.map(
      ([d, , b, c]) => ["Anti-social behaviour", d, 0, Math.round(b * 1.1 + 50), b, c] as SeedSeries,
    );
    const table = periodComparison(seedDataset(rising), {
      category: "Anti-social behaviour",
      periods: 3,
      endMonth: OCT_2017,
    });
    const findings = keyFindings([table], { area: "Maidstone", forceName: "Kent" })[0].findings;
    const rank = findings.find((f) => f.includes("is ranked"));
    expect(rank).toMatch(/\(1st: the smallest rise\)\.$/);
    expect(findings.join(" ")).not.toContain("the largest fall)");
  });
});
