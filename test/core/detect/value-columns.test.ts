import { valueColumns } from "../../../src/core/detect/value-columns";
import { profileColumns } from "../../../src/core/detect/column-profile";

const MONTHS = Array.from({ length: 12 }, (_, m) => `2023-${String(m + 1).padStart(2, "0")}`);
const ROBBERY = [5, 3, 8, 2, 9, 4, 7, 6, 3, 5, 2, 8];

describe("valueColumns", () => {
  it("reads a category's counts that happen to run 1, 2, ..., 12 as counts, not row numbers", () => {
    const header = ["Month", "Burglary", "Robbery"];
    const rows = MONTHS.map((month, m) => [month, m + 1, ROBBERY[m]]);
    const found = valueColumns(profileColumns(header, rows), { month: 0 }, rows);
    expect(found?.valuesAre).toBe("category");
    expect(found?.columns.map((c) => c.label)).toEqual(["Burglary", "Robbery"]);
  });

  it("leaves out a first column of numbers in sequence, as tools write row numbers, and a column of ranks", () => {
    const header = ["n", "Month", "Rank", "Burglary", "Robbery"];
    const rows = MONTHS.map((month, m) => [m + 1, month, m + 1, ROBBERY[11 - m], ROBBERY[m]]);
    const found = valueColumns(profileColumns(header, rows), { month: 1 }, rows);
    expect(found?.columns.map((c) => c.label)).toEqual(["Burglary", "Robbery"]);
  });
});
