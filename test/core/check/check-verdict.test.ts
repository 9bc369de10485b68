import { checkVerdict } from "../../../src/core/check/check-verdict";
import type { CheckFinding, CheckReport } from "../../../src/core/check/check-types";

const finding: CheckFinding = {
  row: 5,
  column: 4,
  rowName: "Violence Against The Person",
  columnName: "Number change",
  printed: "+ 725",
  expected: "+1443",
  working: "4833 - 3390 = +1443",
  message: 'Row "Violence Against The Person", column "Number change": printed + 725; 4833 - 3390 = +1443.',
};
const report = (checkedCells: number, wrong: number): CheckReport => ({
  recognised: [],
  findings: Array(wrong).fill(finding),
  checkedCells,
});

describe("checkVerdict", () => {
  it("counts the disagreeing cells of those checked, one cell in the singular", () => {
    expect(checkVerdict(report(59, 2))).toBe("2 of 59 derived cells disagree");
    expect(checkVerdict(report(59, 1))).toBe("1 of 59 derived cells disagrees");
  });

  it("says every cell agrees, the one cell checked in its own words", () => {
    expect(checkVerdict(report(11, 0))).toBe("All 11 derived cells agree");
    expect(checkVerdict(report(1, 0))).toBe("The one derived cell checked agrees");
  });

  it("says no derived cell could be checked rather than that all 0 agree", () => {
    expect(checkVerdict(report(0, 0))).toBe("No derived cell could be checked");
  });
});
