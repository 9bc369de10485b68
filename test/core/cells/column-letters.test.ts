import { columnLetters } from "../../../src/core/cells/column-letters";

describe("columnLetters", () => {
  it("names columns as Excel does, from A to XFD", () => {
    expect([0, 25, 26, 27, 701, 702, 16383].map(columnLetters)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA", "XFD"]);
  });

  it("refuses a negative or fractional column number", () => {
    expect(() => columnLetters(-1)).toThrow(/0 or more, not -1/);
    expect(() => columnLetters(1.5)).toThrow(RangeError);
  });
});
