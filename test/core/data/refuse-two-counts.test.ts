import { refuseTwoCounts } from "../../../src/core/data/refuse-two-counts";
import { profileColumns } from "../../../src/core/detect/column-profile";
import { InputError } from "../../../src/core/errors";

const HEADER = ["date", "severity", "number_vehicles", "number_casualties", "speed_limit"];
const ROWS = [
  ["2024-01-01", "Slight", 2, 1, 30],
  ["2024-01-02", "Serious", 1, 1, 30],
  ["2024-01-02", "Slight", 3, 2, 40],
];

describe("refuseTwoCounts", () => {
  it("refuses a guessed count beside another column headed as a count, offering each and one record a row", () => {
    const refuse = () => refuseTwoCounts("s.csv", profileColumns(HEADER, ROWS), { month: 0, category: 1, count: 2 });
    expect(refuse).toThrow(InputError);
    expect(refuse).toThrow(
      's.csv: columns "number_vehicles" and "number_casualties" are both headed as counts and hold whole numbers',
    );
    expect(refuse).toThrow(/\{option:countColumn\} number_casualties.*\{option:layout\} record/);
  });

  it("leaves a count alone when no other column is headed as one, or the other is already a role", () => {
    const profiles = profileColumns(HEADER, ROWS);
    expect(() => refuseTwoCounts("s.csv", profiles, { month: 0, category: 1, count: 3, id: 2 })).not.toThrow();
    const single = profileColumns(
      ["date", "severity", "count", "speed_limit"],
      ROWS.map((r) => [r[0], r[1], r[3], r[4]]),
    );
    expect(() => refuseTwoCounts("s.csv", single, { month: 0, category: 1, count: 2 })).not.toThrow();
  });
});
