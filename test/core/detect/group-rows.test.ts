import { groupRows } from "../../../src/core/detect/group-rows";

const header = ["Month", "Category", "Lowdale", "Southgate"];

describe("groupRows", () => {
  it("finds a group row that equals its parts in every month", () => {
    const values = [
      header,
      ["2019-01", "Theft", 9, 6],
      ["2019-01", "Shoplifting", 4, 5],
      ["2019-01", "Bicycle", 5, 1],
      ["2019-02", "Theft", 12, 7],
      ["2019-02", "Shoplifting", 10, 3],
      ["2019-02", "Bicycle", 2, 4],
    ];
    const groups = groupRows(values, 0, { month: 0, category: 1 }, [2, 3], "t.csv", 1);
    expect([...groups].sort((a, b) => a[0] - b[0])).toEqual([
      [1, [3, 4]],
      [4, [6, 7]],
    ]);
  });

  it("never takes a category that equals the rows below it in one month only as a group row", () => {
    // Drugs (7, 4) equals Fly-tipping + Burglary in January by chance; in February it does not.
    const values = [
      header,
      ["2019-01", "Drugs", 7, 4],
      ["2019-01", "Fly-tipping", 7, 2],
      ["2019-01", "Burglary", 0, 2],
      ["2019-02", "Drugs", 0, 1],
      ["2019-02", "Fly-tipping", 1, 4],
      ["2019-02", "Burglary", 0, 5],
    ];
    expect(groupRows(values, 0, { month: 0, category: 1 }, [2, 3], "t.csv", 1).size).toBe(0);
  });

  it("finds a true group again once a category that matched by chance below it is no longer taken for one", () => {
    // In January Drugs (7, 4) equals the rows below it by chance, which hid the group above it.
    const values = [
      header,
      ["2019-01", "Group of the first two", 14, 6],
      ["2019-01", "Drugs", 7, 4],
      ["2019-01", "Fly-tipping", 7, 2],
      ["2019-01", "Burglary", 0, 2],
      ["2019-02", "Group of the first two", 1, 1],
      ["2019-02", "Drugs", 0, 0],
      ["2019-02", "Fly-tipping", 1, 1],
      ["2019-02", "Burglary", 0, 1],
      ["2019-03", "Group of the first two", 1, 1],
      ["2019-03", "Drugs", 1, 0],
      ["2019-03", "Fly-tipping", 0, 1],
      ["2019-03", "Burglary", 1, 1],
    ];
    const groups = groupRows(values, 0, { month: 0, category: 1 }, [2, 3], "t.csv", 1);
    expect([...groups.keys()].sort((a, b) => a - b)).toEqual([1, 5, 9]);
    expect(groups.get(1)).toEqual([3, 4]);
  });

  it("refuses a table whose only group row has too little in it to tell, naming the row", () => {
    const values = [
      ["Category", "Jan", "Feb"],
      ["Drugs", 2, 1],
      ["Fly-tipping", 1, 1],
      ["Burglary", 1, 0],
    ];
    expect(() => groupRows(values, 0, { category: 0 }, [1, 2], "t.csv", 1)).toThrow(
      /t\.csv, row 2: "Drugs" equals the sum of rows 3 to 4 in every column/,
    );
  });
});
