import { headerTime } from "../../../src/core/check/header-time";

describe("the period a column header names", () => {
  it.each([
    ["RY ending Oct 2017", 2017 * 12 + 10],
    ["RY ending October 2016", 2016 * 12 + 10],
    ["Nov 2016 – Oct 2017", 2017 * 12 + 10],
    ["2017 rate per 1,000 pop.", 2017 * 12 + 12],
    ["2016", 2016 * 12 + 12],
    ["2016/17", 2017 * 12 + 3],
    ["Oct-17", 2017 * 12 + 10],
    ["Rate per 1,000 pop., RY ending Dec 2024", 2024 * 12 + 12],
    ["Jan 2024 - Dec 2024", 2024 * 12 + 12],
  ])("dates %j", (header, time) => {
    expect(headerTime(header)).toBe(time);
  });

  it.each(["Number change", "April", "% change", "per 100,000", ""])("gives no date for %j", (header) => {
    expect(headerTime(header)).toBeNull();
  });

  it("tells the later rolling year from the earlier", () => {
    expect(headerTime("RY ending Oct 2017") as number).toBeGreaterThan(headerTime("RY ending Oct 2016") as number);
  });
});
