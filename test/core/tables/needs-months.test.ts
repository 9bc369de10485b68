import { needsMonths } from "../../../src/core/tables/needs-months";
import { NotAvailableError } from "../../../src/core/errors";
import { monthIndex } from "../../../src/core/periods/month-index";

describe("needsMonths", () => {
  it("lets monthly data through", () => {
    expect(() =>
      needsMonths({ periodUnit: "month", yearStart: 1, firstMonth: 0, lastMonth: 11 }, "rolling-year"),
    ).not.toThrow();
  });

  it("refuses financial years, naming them and the tables that can use them", () => {
    const cube = {
      periodUnit: "year" as const,
      yearStart: 4,
      firstMonth: monthIndex(2008, 4),
      lastMonth: monthIndex(2018, 3),
    };
    expect(() => needsMonths(cube, "spc-series")).toThrow(NotAvailableError);
    expect(() => needsMonths(cube, "spc-series")).toThrow(
      "The spc-series table needs monthly data, but the data hold financial years (2008/09 to 2017/18). Use category-by-year or period-comparison, which work from yearly data.",
    );
  });
});
