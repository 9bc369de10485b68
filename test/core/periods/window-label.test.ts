import { windowLabel } from "../../../src/core/periods/window-label";
import { monthIndex } from "../../../src/core/periods/month-index";

describe("windowLabel", () => {
  it("writes the seed's 4.1 column head, Nov 2016 - Oct 2017", () => {
    expect(windowLabel({ first: monthIndex(2016, 11), last: monthIndex(2017, 10) })).toBe("Nov 2016 - Oct 2017");
  });

  it("writes the seed's 2.1 title span in full, November 2016 - October 2017", () => {
    expect(windowLabel({ first: monthIndex(2016, 11), last: monthIndex(2017, 10) }, "long")).toBe(
      "November 2016 - October 2017",
    );
  });

  it("writes a one-month window as the month alone", () => {
    expect(windowLabel({ first: monthIndex(2017, 10), last: monthIndex(2017, 10) })).toBe("Oct 2017");
  });
});
