import { periodReader } from "../../../src/core/periods/period-reader";
import { monthIndex } from "../../../src/core/periods/month-index";

describe("periodReader", () => {
  it.each([
    [["2008/09", "2009/10"], "Year", 2009, "2009/10"],
    [["2012-13", "2013-14"], "year", 2012, "2012-13"],
    [["FY 2019/20", "FY 2020/21"], "Period", 2019, "FY 2019/20"],
    [["2019/2020"], "", 2019, "2019/2020"],
    [["FY19/20"], "", 2019, "FY19/20"],
  ])("reads financial years %j as April to March", (values, header, year, value) => {
    const reading = periodReader(values, header);
    expect(reading).toMatchObject({ unit: "year", yearStart: 4, words: "financial years (April to March)" });
    expect(reading?.read(value)).toBe(monthIndex(year, 4));
  });

  it("takes 2011-12 as December 2011 unless the header says financial year or another value cannot be a month", () => {
    expect(periodReader(["2011-12", "2011-11"], "Month")?.unit).toBe("month");
    expect(periodReader(["2011-12"], "Financial_Year")).toMatchObject({ unit: "year", yearStart: 4 });
    expect(periodReader(["2011-12", "2012-13"], "Year")).toMatchObject({ unit: "year", yearStart: 4 });
  });

  it("reads calendar years, as numbers or text, and never as Excel serial dates", () => {
    const reading = periodReader([2023, "2024"], "Year");
    expect(reading).toMatchObject({ unit: "year", yearStart: 1, words: "calendar years" });
    expect(reading?.read(2023)).toBe(monthIndex(2023, 1));
  });

  it.each([
    ["2019 Q1", monthIndex(2019, 1)],
    ["2019-Q3", monthIndex(2019, 7)],
    ["Q4 2019", monthIndex(2019, 10)],
    ["2019Q2", monthIndex(2019, 4)],
  ])("reads the calendar quarter %s from its first month", (value, month) => {
    const reading = periodReader([value], "Quarter");
    expect(reading).toMatchObject({ unit: "quarter", yearStart: 1 });
    expect(reading?.read(value)).toBe(month);
  });

  it("reads financial-year quarters: 2019/20 Q1 is April to June 2019", () => {
    expect(periodReader(["2019/20 Q1"], "")?.read("2019/20 Q4")).toBe(monthIndex(2020, 1));
  });

  it("reads months in any form parseMonth reads, timestamps in UK time", () => {
    const reading = periodReader(["2023-01-01", "2019-03-31T23:00:00+00:00", "Oct 2017"], "Date");
    expect(reading?.unit).toBe("month");
    expect(reading?.read("2019-03-31T23:00:00+00:00")).toBe(monthIndex(2019, 4));
    expect(reading?.read("2023-01-01")).toBe(monthIndex(2023, 1));
  });

  it("gives no reading for values that are not periods of one kind", () => {
    expect(periodReader(["Burglary", "Drugs"], "Crime type")).toBeUndefined();
    expect(periodReader(["2019", "2019/20"], "Year")).toBeUndefined();
    expect(periodReader(["", null], "Month")).toBeUndefined();
  });

  it("names the value and what the column holds when a value does not fit", () => {
    expect(() => periodReader(["2008/09"], "Year")?.read("2009")).toThrow(
      'The period "2009" cannot be read: the column holds financial years (April to March), so expected a financial year such as 2019/20.',
    );
  });
});

describe("periodReader with named 12-month periods", () => {
  it("reads the hospital admissions heads (seed 3.2) as years starting in September", () => {
    const reading = periodReader(["September 2015 to August 2016", "September 2016 to August 2017"], "period");
    expect(reading?.unit).toBe("year");
    expect(reading?.yearStart).toBe(9);
    expect(reading?.words).toBe("12-month periods (September to August)");
    expect(reading?.read("September 2016 to August 2017")).toBe(monthIndex(2016, 9));
  });

  it("reads seed 4.1's Nov 2016 – Oct 2017 heads as years starting in November", () => {
    const reading = periodReader(
      ["Nov 2016 \u2013 Oct 2017", "Nov 2015 \u2013 Oct 2016", "Nov 2014 \u2013 Oct 2015"],
      "period",
    );
    expect(reading?.yearStart).toBe(11);
    expect(reading?.read("Nov 2014 \u2013 Oct 2015")).toBe(monthIndex(2014, 11));
  });

  it("reads Year ending March 2017 as a financial year", () => {
    const reading = periodReader(["Year ending March 2016", "Year ending March 2017"], "period");
    expect(reading?.yearStart).toBe(4);
    expect(reading?.read("Year ending March 2017")).toBe(monthIndex(2016, 4));
  });

  it("does not read periods starting in different months as one column of years", () => {
    expect(periodReader(["Sep 2015 - Aug 2016", "Nov 2016 - Oct 2017"], "period")).toBeUndefined();
  });
});
