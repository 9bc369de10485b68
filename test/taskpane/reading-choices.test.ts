import { GROUPING_LABELS, KIND_LABELS } from "../../src/taskpane/reading-choices";
import { groupingTable } from "../../src/core/tables/grouping-table";
import { DATA_KINDS } from "../../src/core/detect/ingest-types";
import { POLICE_UK_GROUPING_TABLE } from "../../src/core/tables/default-grouping";
import { parseCategoryGrouping } from "../../src/core/tables/category-grouping";

describe("the wizard's reading choices", () => {
  it("offers every kind satk --kind takes", () => {
    expect(Object.keys(KIND_LABELS).sort()).toEqual([...DATA_KINDS].sort());
  });

  it("maps the grouping choices as satk --grouping does", () => {
    expect(Object.keys(GROUPING_LABELS)).toEqual(["default", "none", "police-uk"]);
    expect(groupingTable("default")).toBeNull();
    expect(groupingTable("police-uk")).toBe(POLICE_UK_GROUPING_TABLE);
    expect(parseCategoryGrouping(groupingTable("none") as string[][])).toEqual({ lines: [], categories: [] });
  });
});
