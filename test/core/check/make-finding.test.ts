import { makeFinding } from "../../../src/core/check/make-finding";
import { readCheckTable } from "../../../src/core/check/read-check-table";

describe("a finding in plain words", () => {
  it("names the row and column as printed, the printed value and the working, and the cell in the matrix", () => {
    const table = readCheckTable([
      ["", "RY 2017", "RY 2016", "Number change"],
      ["- Violence Against The Person", "4833", "3390", "+ 725"],
    ]);
    expect(makeFinding(table, 0, 3, "+1443", "4833 - 3390 = +1443")).toEqual({
      row: 1,
      column: 3,
      rowName: "Violence Against The Person",
      columnName: "Number change",
      printed: "+ 725",
      expected: "+1443",
      working: "4833 - 3390 = +1443",
      message: 'Row "Violence Against The Person", column "Number change": printed + 725; 4833 - 3390 = +1443.',
    });
  });

  it("names a row without a label by its number", () => {
    const table = readCheckTable([
      ["Code", "2016"],
      ["ASB", "0"],
      ["", "4422"],
    ]);
    expect(makeFinding(table, 1, 1, "0", "0 = 0").message).toBe(
      'Row 3 (no label), column "2016": printed 4422; 0 = 0.',
    );
  });
});
