import { windowTotal } from "../../../src/core/periods/window-total";
import { rollingYear } from "../../../src/core/periods/rolling-year";
import { monthIndex } from "../../../src/core/periods/month-index";
import { InputError, NotAvailableError } from "../../../src/core/errors";

/** 24 months, Nov 2015 .. Oct 2017, each worth 1 in the earlier year and 10 in the later one. */
const months = Array.from({ length: 24 }, (_, i) => monthIndex(2015, 11) + i);
const values: number[] = months.map((_, i) => (i < 12 ? 1 : 10));
const RY_OCT_2017 = rollingYear(monthIndex(2017, 10));

describe("windowTotal", () => {
  it("adds the 12 months of the rolling year: 12 x 10 = 120, and 12 x 1 = 12 a year back", () => {
    expect(windowTotal(months, values, RY_OCT_2017)).toBe(120);
    expect(windowTotal(months, values, rollingYear(monthIndex(2017, 10), 1))).toBe(12);
  });

  it("adds a window across the year boundary, May 2016 - Apr 2017: 6 x 1 + 6 x 10 = 66", () => {
    expect(windowTotal(months, values, rollingYear(monthIndex(2017, 4)))).toBe(66);
  });

  it("adds several rows of one month together, as SUMIFS would", () => {
    expect(windowTotal([...months, monthIndex(2017, 10)], [...values, 5], RY_OCT_2017)).toBe(125);
  });

  it("names a month missing inside the window rather than giving a short year", () => {
    const gap = months.filter((m) => m !== monthIndex(2017, 6));
    const gapValues = gap.map(() => 1);
    expect(() => windowTotal(gap, gapValues, RY_OCT_2017)).toThrow(NotAvailableError);
    expect(() => windowTotal(gap, gapValues, RY_OCT_2017)).toThrow(/no value for Jun 2017.*Nov 2016 - Oct 2017/);
  });

  it("names the months past the end of the data as one span", () => {
    expect(() => windowTotal(months, values, rollingYear(monthIndex(2018, 1)))).toThrow(
      /no value for Nov 2017 - Jan 2018/,
    );
  });

  it("refuses lists of different sizes, giving both sizes", () => {
    expect(() => windowTotal(months, values.slice(1), RY_OCT_2017)).toThrow(/24 months but 23 values/);
  });

  it("refuses a NaN value inside the window, naming its row, and ignores one outside", () => {
    const holed = values.slice();
    holed[20] = NaN;
    expect(() => windowTotal(months, holed, RY_OCT_2017)).toThrow(InputError);
    expect(() => windowTotal(months, holed, RY_OCT_2017)).toThrow(/Row 21/);
    holed[20] = 10;
    holed[0] = NaN;
    expect(windowTotal(months, holed, RY_OCT_2017)).toBe(120);
  });
});
