import { findingsText } from "../../src/cli/findings-text";

describe("findingsText", () => {
  it("prints each table's title, then its findings indented, with a blank line between tables", () => {
    expect(
      findingsText([
        { table: "Volume of crimes by type, Maidstone, RY ending Oct 2017", findings: ["A.", "B."] },
        { table: "Months by financial year", findings: [] },
        { table: "SPC summary", findings: ["C."] },
      ]),
    ).toBe("Volume of crimes by type, Maidstone, RY ending Oct 2017\n  A.\n  B.\n\nSPC summary\n  C.\n");
  });

  it("says so when there are no findings", () => {
    expect(findingsText([{ table: "x", findings: [] }])).toBe(
      "No key findings: none of the tables made has figures to describe.\n",
    );
  });
});
