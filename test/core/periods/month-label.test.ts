import { monthLabel } from "../../../src/core/periods/month-label";
import { monthIndex } from "../../../src/core/periods/month-index";

describe("monthLabel", () => {
  it("writes October 2017 as the seed's headings do, Oct 2017", () => {
    expect(monthLabel(monthIndex(2017, 10))).toBe("Oct 2017");
  });

  it("writes January and December at the ends of a year", () => {
    expect(monthLabel(monthIndex(2016, 1))).toBe("Jan 2016");
    expect(monthLabel(monthIndex(2016, 12))).toBe("Dec 2016");
  });
});
