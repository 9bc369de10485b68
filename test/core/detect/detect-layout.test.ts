import { detectLayout } from "../../../src/core/detect/detect-layout";
import { parseCsv } from "../../../src/core/csv/parse-csv";
import { policeFiles } from "../../police-uk-files";

describe("detectLayout", () => {
  it("recognises a real police.uk street-level file by its header, with near-certain confidence", () => {
    const rows = parseCsv(policeFiles("kent", "2018-10")[0].csv).slice(0, 50);
    const guess = detectLayout(rows);
    expect(guess).toMatchObject({
      layout: "record",
      policeUk: true,
      headerRow: 0,
      roles: { id: 0, month: 1, area: 8, category: 9, areaIsLsoa: true },
    });
    expect(guess.confidence).toBeGreaterThanOrEqual(0.95);
    expect(guess.reason).toMatch(/police\.uk/);
  });

  it("takes a table with a month column and a count column as long monthly counts", () => {
    const rows = [
      ["Month", "Crime type", "District", "Count"],
      ["2017-10", "Burglary", "Maidstone", 40],
      ["2017-11", "Burglary", "Maidstone", 38],
    ];
    const guess = detectLayout(rows);
    expect(guess).toMatchObject({ layout: "long", roles: { month: 0, category: 1, area: 2, count: 3 } });
    expect(guess.confidence).toBeGreaterThan(0.7);
  });

  it("takes columns headed by months as wide, whatever form the months are written in", () => {
    const rows = [
      ["Crime type", "Oct 2017", "2017-11", 43070],
      ["Burglary", 40, 38, 51],
    ];
    const guess = detectLayout(rows);
    expect(guess.layout).toBe("wide");
    expect(guess.roles.monthColumns).toEqual([
      { column: 1, month: 2017 * 12 + 9 },
      { column: 2, month: 2017 * 12 + 10 },
      { column: 3, month: 2017 * 12 + 11 },
    ]);
    expect(guess.roles.category).toBe(0);
    expect(guess.reason).toBe("3 columns are headed by months (Oct 2017 to 43070).");
  });

  it("takes a force extract with dates and no counts as record level", () => {
    const rows = [
      ["Crime number", "Date committed", "Offence", "Ward"],
      ["K1", "01/10/2017", "Burglary", "High Street"],
      ["K2", "03/10/2017", "Drugs", "Shepway North"],
    ];
    expect(detectLayout(rows)).toMatchObject({ layout: "record", roles: { id: 0, month: 1, category: 2, area: 3 } });
  });

  it("skips blank rows above the header", () => {
    const rows = [
      ["", ""],
      ["Month", "Crime type"],
      ["2017-10", "Burglary"],
    ];
    expect(detectLayout(rows).headerRow).toBe(1);
  });

  it("falls back with a low confidence and a reason when no column reads as months", () => {
    const guess = detectLayout([
      ["Name", "Value"],
      ["a", "b"],
    ]);
    expect(guess.confidence).toBeLessThan(0.5);
    expect(guess.reason).toMatch(/choose the period column/);
  });

  it("gives a zero-confidence guess for an empty table", () => {
    expect(detectLayout([]).confidence).toBe(0);
  });
});

describe("detectLayout on files from other publishers and tools", () => {
  it("takes years as columns for wide, and names the change_pct column as not counted", () => {
    const guess = detectLayout([
      ["crime_type", "2023", "2024", "2025", "change_pct"],
      ["Burglary", "40", "38", "51", "34.2"],
    ]);
    expect(guess).toMatchObject({ layout: "wide", periodUnit: "year", yearStart: 1, roles: { category: 0 } });
    expect(guess.roles.monthColumns?.map((m) => m.column)).toEqual([1, 2, 3]);
    expect(guess.reasons).toContain('Not counted: "change_pct" (not headed by a period).');
  });

  it("reads the Metropolitan Police's compact month headers (202202) as months, and no other six digits", () => {
    const header = ["MajorText", "MinorText", "LookUp_BoroughName", "202202", "202203", "202212", "202301"];
    const guess = detectLayout([header, ["Burglary", "Domestic Burglary", "Barnet", "140", "177", "182", "195"]]);
    expect(guess).toMatchObject({ layout: "wide", roles: { category: 0 } });
    expect(guess.roles.monthColumns).toEqual(
      [3, 4, 5, 6].map((column, i) => ({
        column,
        month: [2022 * 12 + 1, 2022 * 12 + 2, 2022 * 12 + 11, 2023 * 12][i],
      })),
    );
    expect(guess.reasons[0]).toBe("4 columns are headed by months (202202 to 202301).");
    expect(
      detectLayout([
        ["Area", "202213", "202214", "202215"],
        ["Barnet", "1", "2", "3"],
      ]).layout,
    ).not.toBe("wide");
  });

  it("takes financial years as columns", () => {
    const guess = detectLayout([
      ["Offence", "2019/20", "2020/21"],
      ["Burglary", 4, 5],
    ]);
    expect(guess).toMatchObject({ layout: "wide", periodUnit: "year", yearStart: 4 });
  });

  it("reads a pandas re-saved police.uk file as records, with the reason", () => {
    const header = [
      "",
      "Crime ID",
      "Month",
      "Reported by",
      "Falls within",
      "Longitude",
      "Latitude",
      "Location",
      "LSOA code",
      "LSOA name",
      "Crime type",
    ];
    const guess = detectLayout([
      header,
      [
        "0",
        "",
        "2018-10",
        "Kent Police",
        "Kent Police",
        "0.96",
        "51.2",
        "On or near X",
        "E01023987",
        "Ashford 001B",
        "Anti-social behaviour",
      ],
    ]);
    expect(guess).toMatchObject({
      layout: "record",
      policeUk: true,
      policeUkFile: "street",
      kind: "crimes",
      forceColumn: 4,
      roles: { month: 2, category: 10 },
    });
  });

  it("says why, role by role, and names columns it will not count", () => {
    const guess = detectLayout([
      ["X", "Month", "Crime type", "Longitude", "count"],
      ["1", "2023-01", "Burglary", "-0.08", "4"],
      ["2", "2023-02", "Drugs", "-0.07", "5"],
    ]);
    expect(guess.layout).toBe("long");
    expect(guess.reasons).toEqual([
      'Periods in "Month" with counts in "count": one row per period, category and area.',
      'Columns: period "Month", category "Crime type", count "count".',
      'Not counted: "X" (row numbers), "Longitude" (coordinates).',
      'Kind: crimes. The header ("count | crime type") names crimes or offences.',
    ]);
  });
});
