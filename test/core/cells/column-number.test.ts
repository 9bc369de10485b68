import * as fc from "fast-check";
import { columnLetters } from "../../../src/core/cells/column-letters";
import { columnNumber } from "../../../src/core/cells/column-number";

describe("columnNumber", () => {
  it("reads column letters in either case: A is 0, AB is 27, XFD is 16383", () => {
    expect(["A", "z", "AB", "xfd"].map(columnNumber)).toEqual([0, 25, 27, 16383]);
  });

  it("turns column letters back into the number they were made from", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 16383 }), (n) => columnNumber(columnLetters(n)) === n));
  });

  it("refuses text that is not column letters, quoting it", () => {
    expect(() => columnNumber("A1")).toThrow(/"A1" is not a column/);
  });
});
