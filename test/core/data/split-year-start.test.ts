import { buildDataset } from "../../../src/core/data/build-dataset";
import { splitYearStart } from "../../../src/core/data/split-year-start";
import { monthKey } from "../../../src/core/periods/month-key";

const SPLIT = "District,2015/16,2016/17\nAshford,362,400\nMaidstone,222,205\n";

describe("splitYearStart", () => {
  it("moves years written 2015/16 from April to the month given: July 2015 to June 2016 with 7", () => {
    const read = buildDataset({ name: "shops.csv", csv: SPLIT });
    expect([...new Set(Array.from(read.month).map(monthKey))]).toEqual(["2015-04", "2016-04"]);
    const july = splitYearStart(read, 7);
    expect([...new Set(Array.from(july.month).map(monthKey))]).toEqual(["2015-07", "2016-07"]);
    expect(july).toMatchObject({ periodUnit: "year", yearStart: 7 });
    expect(july.readings?.[0].periods).toBe("12-month periods (July to June)");
    expect(Array.from(july.count ?? [])).toEqual(Array.from(read.count ?? []));
  });

  it("leaves the data as read for the default, for months and for years already starting in that month", () => {
    const read = buildDataset({ name: "shops.csv", csv: SPLIT });
    expect(splitYearStart(read, 4)).toBe(read);
    expect(splitYearStart(read, null)).toBe(read);
    const months = buildDataset({ name: "m.csv", csv: "Month,Count\n2017-01,5\n2017-02,6\n" });
    expect(splitYearStart(months, 7)).toBe(months);
  });

  it("refuses named periods, which say their own months", () => {
    const named = buildDataset({
      name: "named.csv",
      csv: "District,September 2015 to August 2016,September 2016 to August 2017\nAshford,37,26\nDover,30,26\n",
    });
    expect(() => splitYearStart(named, 7)).toThrow(
      /September to August.*\{option:startMonth\} is for years written as 2015\/16/,
    );
  });
});
