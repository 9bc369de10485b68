import fc from "fast-check";
import { financialYear } from "../../../src/core/periods/financial-year";
import { monthIndex } from "../../../src/core/periods/month-index";
import { InputError } from "../../../src/core/errors";

describe("financialYear", () => {
  it("puts April 2017 to March 2018 in 2017/18, as the needle-finds table (seed 5.6) counts", () => {
    for (const [year, month] of [
      [2017, 4],
      [2017, 10],
      [2017, 12],
      [2018, 1],
      [2018, 3],
    ]) {
      expect(financialYear(monthIndex(year, month)).label).toBe("2017/18");
    }
    expect(financialYear(monthIndex(2017, 3)).label).toBe("2016/17");
    expect(financialYear(monthIndex(2018, 4)).label).toBe("2018/19");
  });

  it("gives the first and last months of 2017/18: April 2017 and March 2018", () => {
    const year = financialYear(monthIndex(2017, 10));
    expect(year.startIndex).toBe(monthIndex(2017, 4));
    expect(year.endIndex).toBe(monthIndex(2018, 3));
  });

  it("writes the seed's 2007/08 and 2009/10 with two-digit ends, and 1999/00 across a century", () => {
    expect(financialYear(monthIndex(2008, 1)).label).toBe("2007/08");
    expect(financialYear(monthIndex(2009, 4)).label).toBe("2009/10");
    expect(financialYear(monthIndex(1999, 5)).label).toBe("1999/00");
  });

  it("starts a year in another month: October 2017 opens 2017/18 for an October start", () => {
    expect(financialYear(monthIndex(2017, 10), 10)).toEqual({
      startIndex: monthIndex(2017, 10),
      endIndex: monthIndex(2018, 9),
      label: "2017/18",
    });
    expect(financialYear(monthIndex(2017, 9), 10).label).toBe("2016/17");
  });

  it("labels a year starting in January as the calendar year", () => {
    expect(financialYear(monthIndex(2018, 3), 1)).toEqual({
      startIndex: monthIndex(2018, 1),
      endIndex: monthIndex(2018, 12),
      label: "2018",
    });
  });

  it("refuses a start month outside 1-12", () => {
    expect(() => financialYear(24213, 13)).toThrow(InputError);
    expect(() => financialYear(24213, 0)).toThrow(/1 to 12/);
  });

  it("always holds the month inside its 12-month year, starting in the start month", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900 * 12, max: 9999 * 12 }), fc.integer({ min: 1, max: 12 }), (month, start) => {
        const year = financialYear(month, start);
        return (
          year.startIndex <= month &&
          month <= year.endIndex &&
          year.endIndex - year.startIndex === 11 &&
          year.startIndex % 12 === start - 1
        );
      }),
    );
  });
});
