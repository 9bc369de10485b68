import { readCheckTable } from "../../../src/core/check/read-check-table";
import { sumOfParts } from "../../../src/core/check/sum-of-parts";

describe("adding a column over some rows", () => {
  const rows = readCheckTable([
    ["", "RY 2017", "RY 2016"],
    ["- VATP", "4833", ""],
    ["- Sexual offences", "446", "284"],
    ["- Robbery", "99", "N/A"],
  ]).rows;

  it("adds the printed values exactly", () => {
    expect(sumOfParts(rows, [0, 1, 2], 1)).toBe(5378);
  });

  it("gives null when a part is blank or not available, or there are no parts", () => {
    expect(sumOfParts(rows, [0, 1], 2)).toBeNull();
    expect(sumOfParts(rows, [1, 2], 2)).toBeNull();
    expect(sumOfParts(rows, [], 1)).toBeNull();
  });
});
