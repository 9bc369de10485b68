import { tableColumns } from "../../src/export/table-columns";
import { vatpOutcomes, volumeByType } from "./seed-tables";

describe("tableColumns", () => {
  it("counts the spans of the header rows", () => {
    // label + Month + Rolling year (2) + Number change + % change = 6
    expect(tableColumns(volumeByType())).toBe(6);
    // MSG + 6 measures x 2 years = 13
    expect(tableColumns(vatpOutcomes())).toBe(13);
  });

  it("counts a body row wider than the header", () => {
    expect(
      tableColumns({
        headerRows: [[{ text: "Area" }]],
        rows: [
          {
            level: 0,
            kind: "data",
            cells: [
              { kind: "text", value: "a" },
              { kind: "count", value: 1 },
            ],
          },
        ],
      }),
    ).toBe(2);
  });

  it("gives 0 for an empty table", () => {
    expect(tableColumns({ headerRows: [], rows: [] })).toBe(0);
  });
});
