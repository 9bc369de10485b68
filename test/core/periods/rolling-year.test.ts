import fc from "fast-check";
import { rollingYear } from "../../../src/core/periods/rolling-year";
import { monthIndex } from "../../../src/core/periods/month-index";
import { InputError } from "../../../src/core/errors";

describe("rollingYear", () => {
  it("spans November 2016 to October 2017 for the RY ending Oct 2017 (seed section 2.6)", () => {
    expect(rollingYear(monthIndex(2017, 10))).toEqual({ first: monthIndex(2016, 11), last: monthIndex(2017, 10) });
  });

  it("gives November 2015 to October 2016 one year back", () => {
    expect(rollingYear(monthIndex(2017, 10), 1)).toEqual({ first: monthIndex(2015, 11), last: monthIndex(2016, 10) });
  });

  it("gives a calendar year for a window ending in December, and April-March for one ending in March", () => {
    expect(rollingYear(monthIndex(2017, 12))).toEqual({ first: monthIndex(2017, 1), last: monthIndex(2017, 12) });
    expect(rollingYear(monthIndex(2018, 3))).toEqual({ first: monthIndex(2017, 4), last: monthIndex(2018, 3) });
  });

  it("crosses the year boundary for a window ending in January: Feb 2016 - Jan 2017", () => {
    expect(rollingYear(monthIndex(2017, 1))).toEqual({ first: monthIndex(2016, 2), last: monthIndex(2017, 1) });
  });

  it("refuses a fractional end month and a negative or fractional years back", () => {
    expect(() => rollingYear(24213.5)).toThrow(InputError);
    expect(() => rollingYear(24213, -1)).toThrow(/years back/);
    expect(() => rollingYear(24213, 0.5)).toThrow(/years back/);
  });

  it("always holds 12 consecutive months ending 12 months apart per year back", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900 * 12, max: 9999 * 12 }), fc.integer({ min: 0, max: 50 }), (end, back) => {
        const window = rollingYear(end, back);
        return window.last - window.first === 11 && window.last === end - 12 * back;
      }),
    );
  });
});
