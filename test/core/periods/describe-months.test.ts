import { describeMonths } from "../../../src/core/periods/describe-months";
import { monthIndex } from "../../../src/core/periods/month-index";

describe("describeMonths", () => {
  it("shortens runs of consecutive months to a span and lists the rest", () => {
    const months = [monthIndex(2017, 10), monthIndex(2017, 7), monthIndex(2017, 8)];
    expect(describeMonths(months)).toBe("Jul 2017 - Aug 2017, Oct 2017");
  });

  it("joins a run across the new year: Dec 2016 - Jan 2017", () => {
    expect(describeMonths([monthIndex(2017, 1), monthIndex(2016, 12)])).toBe("Dec 2016 - Jan 2017");
  });

  it("ignores duplicates and gives an empty text for no months", () => {
    expect(describeMonths([monthIndex(2017, 10), monthIndex(2017, 10)])).toBe("Oct 2017");
    expect(describeMonths([])).toBe("");
  });
});
