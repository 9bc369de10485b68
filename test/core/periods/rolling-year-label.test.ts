import { rollingYearLabel } from "../../../src/core/periods/rolling-year-label";
import { monthIndex } from "../../../src/core/periods/month-index";

describe("rollingYearLabel", () => {
  it("writes the seed's 2.6 headings, RY ending Oct 2017 and RY ending Oct 2016", () => {
    expect(rollingYearLabel(monthIndex(2017, 10))).toBe("RY ending Oct 2017");
    expect(rollingYearLabel(monthIndex(2016, 10))).toBe("RY ending Oct 2016");
  });

  it("writes the seed's 3.1 heading in full, RY ending October 2017", () => {
    expect(rollingYearLabel(monthIndex(2017, 10), "long")).toBe("RY ending October 2017");
  });
});
