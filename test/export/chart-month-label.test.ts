import { chartMonthLabel } from "../../src/export/chart-month-label";

describe("chartMonthLabel", () => {
  it("writes a month key as a short month and two-digit year", () => {
    expect(chartMonthLabel("2022-10")).toBe("Oct 22");
    expect(chartMonthLabel("2017-01")).toBe("Jan 17");
    expect(chartMonthLabel("2009-12")).toBe("Dec 09");
  });

  it("shows anything else as it is", () => {
    expect(chartMonthLabel("2022-13")).toBe("2022-13");
    expect(chartMonthLabel("Q1 2022")).toBe("Q1 2022");
    expect(chartMonthLabel("")).toBe("");
  });
});
