import { proposeRoles } from "../../../src/core/data/propose-roles";

describe("proposeRoles", () => {
  it("reads the roles from header words", () => {
    expect(proposeRoles(["Month", "Crime type", "District", "Count"], [["2017-10", "Burglary", "Maidstone", 12]])).toEqual({
      month: 0, category: 1, area: 2, count: 3, areaIsLsoa: false,
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
    const roles = proposeRoles(["Date", "LSOA code", "LSOA name", "Offence"], [["01/10/2017", "E01024338", "Maidstone 014C", "Burglary"]]);
    expect(roles).toMatchObject({ month: 0, area: 2, category: 3, areaIsLsoa: true });
  });

  it("takes Excel serial dates as months only under a month or date header", () => {
    const sample = [[43009, 43009], [43040, 43040]];
    expect(proposeRoles(["Date", "Value"], sample)).toMatchObject({ month: 0, count: 1 });
  });

  it("finds an identifier column of distinct values", () => {
    const sample = ["a1", "a2", "a3", "a4", "a5"].map((id) => [id, "2017-10", "Burglary"]);
    expect(proposeRoles(["Crime ID", "Month", "Crime type"], sample)).toMatchObject({ id: 0, month: 1, category: 2 });
  });
});
