import { groupingTable } from "../../../src/core/tables/grouping-table";
import { POLICE_UK_GROUPING_TABLE } from "../../../src/core/tables/default-grouping";
import { parseCategoryGrouping } from "../../../src/core/tables/category-grouping";

describe("groupingTable", () => {
  it("gives the police.uk grouping for police-uk, whatever its case and spaces", () => {
    expect(groupingTable("police-uk")).toBe(POLICE_UK_GROUPING_TABLE);
    expect(groupingTable(" Police-UK ")).toBe(POLICE_UK_GROUPING_TABLE);
  });

  it("gives a table of no groups for none: every category on its own", () => {
    expect(groupingTable("None")).toEqual([["Crime type", "Group"]]);
    expect(parseCategoryGrouping(groupingTable("none") as string[][])).toEqual({ lines: [], categories: [] });
  });

  it("gives null for any other name: the wizard's default, a file name, a blank", () => {
    expect(["default", "groups.csv", "", "  "].map(groupingTable)).toEqual([null, null, null, null]);
  });
});
