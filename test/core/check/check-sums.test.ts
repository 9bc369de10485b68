import { checkSums } from "../../../src/core/check/check-sums";
import { readCheckTable } from "../../../src/core/check/read-check-table";
import { rowStructure } from "../../../src/core/check/row-structure";

const sums = (matrix: unknown[][]) => {
  const table = readCheckTable(matrix);
  return checkSums(table, rowStructure(table));
};

describe("adding up subtotals, totals and row totals", () => {
  it('adds a category\'s sub-categories, and reads a list falling short in every column as "of which"', () => {
    // By hand: 4833 + 446 + 99 = 5378 (printed 5379); Theft 955 + 158 < 2868 and 804 + 136 < 2422: an "of which" list.
    const part = sums([
      ["", "RY 2017", "RY 2016"],
      ["Violent Crime", "5379", "3743"],
      ["- Violence", "4833", "3390"],
      ["- Sexual Offences", "446", "284"],
      ["- Robbery", "99", "69"],
      ["Theft", "2868", "2422"],
      ["- Shoplifting", "955", "804"],
      ["- Pedal cycles", "158", "136"],
    ]);
    expect(part.findings.map((f) => f.message)).toEqual([
      'Row "Violent Crime", column "RY 2017": printed 5379; 4833 + 446 + 99 = 5378.',
    ]);
    expect(part.recognised).toEqual([
      'Sub-categories of "Theft" add up to less than the category in every column: read as an "of which" list and not added up.',
    ]);
  });

  it("adds a row total over the months printed, and does not add one with a month not available", () => {
    // By hand: 10 + 20 + 30 = 60 (printed 61); the second row has an N/A month, so its total is not checked.
    const part = sums([
      ["Year", "April", "May", "June", "Yearly Total"],
      ["2016/17", "10", "20", "30", "61"],
      ["2017/18", "5", "N/A", "", "99"],
      ["2018/19", "7", "", "", "7"],
    ]);
    expect(part.findings.map((f) => f.message)).toEqual([
      'Row "2016/17", column "Yearly Total": printed 61; the row\'s 3 counts add up to 60.',
    ]);
    expect(part.checked).toBe(2);
  });

  it("does not add up a total with a part that is blank or not available", () => {
    expect(
      sums([
        ["Area", "2017"],
        ["A", "N/A"],
        ["B", "5"],
        ["Total", "99"],
      ]).checked,
    ).toBe(0);
  });
});
