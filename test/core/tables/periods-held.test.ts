import { periodsHeld } from "../../../src/core/tables/periods-held";
import { monthIndex } from "../../../src/core/periods/month-index";

describe("periodsHeld", () => {
  it.each([
    [
      { periodUnit: "year" as const, yearStart: 1, firstMonth: monthIndex(2023, 1), lastMonth: monthIndex(2025, 12) },
      "calendar years (2023 to 2025)",
    ],
    [
      { periodUnit: "year" as const, yearStart: 4, firstMonth: monthIndex(2019, 4), lastMonth: monthIndex(2020, 3) },
      "financial years (2019/20)",
    ],
    [
      { periodUnit: "quarter" as const, yearStart: 1, firstMonth: monthIndex(2019, 1), lastMonth: monthIndex(2020, 6) },
      "quarters (2019 to 2020)",
    ],
  ])("describes %j as %s", (cube, words) => {
    expect(periodsHeld(cube)).toBe(words);
  });
});
