import { windowCount } from "../../../src/core/periods/window-count";
import { rollingYear } from "../../../src/core/periods/rolling-year";
import { monthIndex } from "../../../src/core/periods/month-index";
import { NotAvailableError } from "../../../src/core/errors";

const NOV_2015 = monthIndex(2015, 11);
/** Records Nov 2015 .. Oct 2017: two per month, none at all in June 2017. */
const records = Array.from({ length: 48 }, (_, i) => NOV_2015 + Math.floor(i / 2)).filter(
  (m) => m !== monthIndex(2017, 6),
);

describe("windowCount", () => {
  it("counts the records in the rolling year, a month with no rows counting zero: 11 x 2 = 22", () => {
    expect(windowCount(records, rollingYear(monthIndex(2017, 10)))).toBe(22);
  });

  it("counts the year before: 12 x 2 = 24", () => {
    expect(windowCount(records, rollingYear(monthIndex(2017, 10), 1))).toBe(24);
  });

  it("counts only the rows that include accepts: every first row of a pair, 11", () => {
    expect(windowCount(records, rollingYear(monthIndex(2017, 10)), (row) => row % 2 === 0)).toBe(11);
  });

  it("reads a Dataset-style Int32Array month column", () => {
    expect(windowCount(Int32Array.from(records), rollingYear(monthIndex(2017, 10)))).toBe(22);
  });

  it("names the months a window reaches beyond the data", () => {
    const late = () => windowCount(records, rollingYear(monthIndex(2017, 12)));
    expect(late).toThrow(NotAvailableError);
    expect(late).toThrow(/covers Nov 2015 - Oct 2017 only: Nov 2017 - Dec 2017 of Jan 2017 - Dec 2017 are missing/);
    expect(() => windowCount(records, rollingYear(monthIndex(2016, 1)))).toThrow(/Feb 2015 - Oct 2015/);
  });

  it("says a window over no rows at all has no data", () => {
    expect(() => windowCount([], rollingYear(monthIndex(2017, 10)))).toThrow(/has no rows/);
  });
});
