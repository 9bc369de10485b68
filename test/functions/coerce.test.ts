import { asRange } from "../../src/functions/coerce";

describe("asRange", () => {
  it("passes a range through as it is", () => {
    const range = [[1, 2], [3, 4]];
    expect(asRange(range)).toBe(range);
  });

  it("makes a single value, or an omitted argument, a range of one cell", () => {
    expect(asRange(16)).toEqual([[16]]);
    expect(asRange("June")).toEqual([["June"]]);
    expect(asRange(null)).toEqual([[null]]);
  });
});
