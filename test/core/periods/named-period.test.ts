import { namedPeriod } from "../../../src/core/periods/named-period";
import { monthIndex } from "../../../src/core/periods/month-index";

const year = (y: number, m: number) => ({ first: monthIndex(y, m), last: monthIndex(y, m) + 11 });

describe("namedPeriod", () => {
  it("reads the hospital admissions heads of seed 3.2, 5.2 and 5.3: September 2015 to August 2016", () => {
    expect(namedPeriod("September 2015 to August 2016")).toEqual(year(2015, 9));
    expect(namedPeriod("September 2016 to August 2017")).toEqual(year(2016, 9));
  });

  it("reads short month names with a hyphen, en dash or em dash (seed 4.1's Nov 2016 – Oct 2017)", () => {
    expect(namedPeriod("Sep 2015 - Aug 2016")).toEqual(year(2015, 9));
    expect(namedPeriod("Nov 2016 \u2013 Oct 2017")).toEqual(year(2016, 11));
    expect(namedPeriod("Nov 2014\u2014Oct 2015")).toEqual(year(2014, 11));
    expect(namedPeriod("Nov 16 - Oct 17")).toEqual(year(2016, 11));
    expect(namedPeriod("January 2017- December 2017")).toEqual(year(2017, 1));
  });

  it("reads seed 5.4's January 2017- December 2017 and January 2016 – December 2016", () => {
    expect(namedPeriod("January 2017- December 2017")).toEqual(year(2017, 1));
    expect(namedPeriod("January 2016 \u2013 December 2016")).toEqual(year(2016, 1));
  });

  it("reads a span inside one year, Jan-Dec 2024, and Apr-Mar 2017 as the year ending March 2017", () => {
    expect(namedPeriod("Jan-Dec 2024")).toEqual(year(2024, 1));
    expect(namedPeriod("Apr-Mar 2017")).toEqual(year(2016, 4));
  });

  it("reads Year ending March 2017 (seed 2.5) as April 2016 to March 2017", () => {
    expect(namedPeriod("Year ending March 2017")).toEqual(year(2016, 4));
    expect(namedPeriod("YE Mar 17")).toEqual(year(2016, 4));
    expect(namedPeriod("12 months ending Oct 2017")).toEqual(year(2016, 11));
  });

  it("reads 2015/16 only with the month the analyst says the year starts in", () => {
    expect(namedPeriod("2015/16")).toBeUndefined();
    expect(namedPeriod("2015/16", 4)).toEqual(year(2015, 4));
    expect(namedPeriod("2015/16", 7)).toEqual(year(2015, 7));
    expect(namedPeriod("2015/2016", 7)).toEqual(year(2015, 7));
    expect(namedPeriod("2015/17", 4)).toBeUndefined();
  });

  it("refuses a span that is not twelve months, so a 7-month count never passes for a year's", () => {
    expect(namedPeriod("April 2017 - October 2017")).toBeUndefined();
    expect(namedPeriod("Sep 2015 - Sep 2016")).toBeUndefined();
  });

  it("is not a period for blanks, numbers, other text or unknown month names", () => {
    for (const value of ["", null, 2017, "Maidstone", "Number difference", "Smarch 2015 - Feb 2016"]) {
      expect(namedPeriod(value)).toBeUndefined();
    }
  });

  it("throws for a start month outside 1 to 12", () => {
    expect(() => namedPeriod("2015/16", 13)).toThrow(RangeError);
  });
});
