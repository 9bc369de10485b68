import { choiceOptions, GROUPING_LABELS, KIND_LABELS, readingLabel } from "../../src/taskpane/reading-choices";
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

describe("choiceOptions: the analyst's answer to a reading question as reading options", () => {
  it("sets what the columns hold, a role's column by its heading, the layout or the delimiter, as the flag would", () => {
    expect(choiceOptions({ reading: "the columns are areas", option: "columnsHold", value: "area" })).toEqual({
      columnsHold: "area",
    });
    expect(choiceOptions({ reading: '"Burglary" is the count', option: "countColumn", value: "Burglary" })).toEqual({
      columnNames: { count: "Burglary" },
    });
    expect(choiceOptions({ reading: "each row is one record", option: "layout", value: "record" })).toEqual({
      layout: "record",
    });
    expect(choiceOptions({ reading: "tabs", option: "delimiter", value: "tab" })).toEqual({ delimiter: "tab" });
    expect(choiceOptions({ reading: "?", option: "unknownOption", value: "x" })).toEqual({});
  });

  it("words a reading as the question's answer, with a capital first letter", () => {
    expect(readingLabel({ reading: 'the columns are areas ("A")', option: "columnsHold", value: "area" })).toBe(
      'The columns are areas ("A")',
    );
  });
});
