import { proposeRoles } from "../../../src/core/detect/propose-roles";

describe("proposeRoles", () => {
  it("reads the roles from header words", () => {
    expect(
      proposeRoles(["Month", "Crime type", "District", "Count"], [["2017-10", "Burglary", "Maidstone", 12]]),
    ).toEqual({
      month: 0,
      category: 1,
      area: 2,
      count: 3,
      areaIsLsoa: false,
    });
  });

  it("gives roles to unnamed columns from their values", () => {
    const sample = [
      ["2017-10", "Burglary", 4],
      ["2017-11", "Burglary", 6],
      ["2017-10", "Drugs", 1],
      ["2017-11", "Drugs", 0],
    ];
    expect(proposeRoles(["A", "B", "C"], sample)).toEqual({ month: 0, category: 1, count: 2, areaIsLsoa: false });
  });

  it("takes an LSOA name column as the area, not the LSOA code column, and marks it as LSOA names", () => {
    const roles = proposeRoles(
      ["Date", "LSOA code", "LSOA name", "Offence"],
      [["01/10/2017", "E01024338", "Maidstone 014C", "Burglary"]],
    );
    expect(roles).toMatchObject({ month: 0, area: 2, category: 3, areaIsLsoa: true });
  });

  it("takes Excel serial dates as months only under a month or date header", () => {
    const sample = [
      [43009, 43009],
      [43040, 43040],
    ];
    expect(proposeRoles(["Date", "Value"], sample)).toMatchObject({ month: 0, count: 1 });
  });

  it("finds an identifier column of distinct values", () => {
    const sample = ["a1", "a2", "a3", "a4", "a5"].map((id) => [id, "2017-10", "Burglary"]);
    expect(proposeRoles(["Crime ID", "Month", "Crime type"], sample)).toMatchObject({ id: 0, month: 1, category: 2 });
  });
});

describe("proposeRoles on files from other publishers and tools", () => {
  it("takes a month,count series for one period column and one count, never an identifier", () => {
    const sample = [
      ["2022-07", "5388"],
      ["2022-08", "5480"],
      ["2022-09", "5200"],
      ["2022-10", "5323"],
      ["2022-11", "5100"],
    ];
    expect(proposeRoles(["Month", "count"], sample)).toEqual({ month: 0, count: 1, areaIsLsoa: false });
  });

  it("never proposes a row-number, coordinate or 0/1 flag column as the count", () => {
    const sample = [0, 1, 2, 3, 4].map((i) => [
      String(i),
      "2019-04",
      "-0.0819",
      "51.51",
      i % 2 ? "1" : "0",
      "Person search",
    ]);
    const roles = proposeRoles(["", "Month", "Longitude", "Latitude", "Outcome linked", "Type"], sample);
    expect(roles.count).toBeUndefined();
    expect(roles).toMatchObject({ month: 1, category: 5 });
  });

  it("takes separate year and month columns (Calendar_Year,Month = 2001,Apr)", () => {
    expect(
      proposeRoles(
        ["Calendar_Year", "Month", "Crimes"],
        [
          ["2001", "Apr", "40"],
          ["2001", "May", "41"],
        ],
      ),
    ).toMatchObject({ year: 0, month: 1, count: 2 });
  });

  it("does not take words that only start like months for a month of the year", () => {
    const roles = proposeRoles(
      ["Calendar_Year", "Month", "Crimes"],
      [
        ["2001", "Marmalade", "40"],
        ["2001", "Decimal", "41"],
      ],
    );
    expect(roles.year).toBeUndefined();
  });

  it("takes financial-year rows for the period", () => {
    expect(
      proposeRoles(
        ["Year", "Incidents"],
        [
          ["2008/09", "40"],
          ["2009/10", "41"],
        ],
      ),
    ).toMatchObject({ month: 0, count: 1 });
  });

  it("takes four-digit years for periods only under a year or period header", () => {
    expect(
      proposeRoles(
        ["Year", "Crimes"],
        [
          ["2019", "40"],
          ["2020", "41"],
        ],
      ),
    ).toMatchObject({ month: 0, count: 1 });
    expect(
      proposeRoles(
        ["Category", "Crimes"],
        [
          ["Burglary", "2019"],
          ["Drugs", "2020"],
        ],
      ),
    ).toMatchObject({ category: 0, count: 1 });
  });
});
