import { wholeYears } from "../../../src/core/tables/whole-years";
import { NotAvailableError } from "../../../src/core/errors";
import { monthIndex } from "../../../src/core/periods/month-index";

const fy = {
  periodUnit: "year" as const,
  yearStart: 4,
  firstMonth: monthIndex(2014, 4),
  lastMonth: monthIndex(2017, 3),
};

describe("wholeYears", () => {
  it("lets monthly data through whatever the end month", () => {
    expect(() =>
      wholeYears({ periodUnit: "month", yearStart: 1, firstMonth: 0, lastMonth: 30 }, 17, "rate"),
    ).not.toThrow();
  });

  it("lets financial years through for windows ending in March (seed 2.5's year ending March 2017)", () => {
    expect(() => wholeYears(fy, monthIndex(2017, 3), "rate")).not.toThrow();
  });

  it("refuses a window that would cut a financial year, naming the periods and the month that fits", () => {
    expect(() => wholeYears(fy, monthIndex(2016, 10), "rate")).toThrow(NotAvailableError);
    expect(() => wholeYears(fy, monthIndex(2016, 10), "rate")).toThrow(
      "The rate table counts 12-month windows, but the data hold financial years (2014/15 to 2016/17), so each window must end where one of them ends (month 3); choose such an end month.",
    );
  });
});
