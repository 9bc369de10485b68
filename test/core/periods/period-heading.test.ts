import { periodHeading } from "../../../src/core/periods/period-heading";
import { monthIndex } from "../../../src/core/periods/month-index";

const span = (y: number, m: number, months: number) => ({
  first: monthIndex(y, m),
  last: monthIndex(y, m) + months - 1,
});

describe("periodHeading", () => {
  it("reads seed 2.6's heads: a month and rolling years", () => {
    expect(periodHeading("October 2017")).toEqual(span(2017, 10, 1));
    expect(periodHeading("RY ending Oct 2017")).toEqual(span(2016, 11, 12));
  });

  it("reads seed 3.5's split years as April to March, or from the month the analyst gives", () => {
    expect(periodHeading("2015/16")).toEqual(span(2015, 4, 12));
    expect(periodHeading("2015/16", 7)).toEqual(span(2015, 7, 12));
  });

  it("reads named periods, calendar years and quarters", () => {
    expect(periodHeading("September 2016 to August 2017")).toEqual(span(2016, 9, 12));
    expect(periodHeading(2017)).toEqual(span(2017, 1, 12));
    expect(periodHeading("2017 Q3")).toEqual(span(2017, 7, 3));
  });

  it("is undefined for labels and blanks", () => {
    for (const h of ["Location", "Population", "", null, "% increase"]) expect(periodHeading(h)).toBeUndefined();
  });
});
