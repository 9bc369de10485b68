import { monthName } from "../../../src/core/periods/month-name";
import { monthIndex } from "../../../src/core/periods/month-index";

describe("monthName", () => {
  it("writes the seed's section-title months, November 2016 and October 2017", () => {
    expect(monthName(monthIndex(2016, 11))).toBe("November 2016");
    expect(monthName(monthIndex(2017, 10))).toBe("October 2017");
  });

  it("writes January and December at the ends of a year", () => {
    expect(monthName(monthIndex(2020, 1))).toBe("January 2020");
    expect(monthName(monthIndex(2020, 12))).toBe("December 2020");
  });
});
