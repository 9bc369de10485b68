import { parseSeriesBreaks } from "../../../src/core/tables/parse-series-breaks";
import { monthIndex } from "../../../src/core/periods/month-index";
import { OptionError } from "../../../src/core/errors";

describe("parseSeriesBreaks", () => {
  it("reads seed 3.5's Sheerness and seed 2.6's burglary breaks", () => {
    expect(parseSeriesBreaks("Sheerness=2015/16; Burglary Residential=Apr 2017")).toEqual(
      new Map([
        ["Sheerness", monthIndex(2015, 4)],
        ["Burglary Residential", monthIndex(2017, 4)],
      ]),
    );
  });

  it("reads split years from the analyst's start month", () => {
    expect(parseSeriesBreaks("Sheerness=2015/16", 7).get("Sheerness")).toBe(monthIndex(2015, 7));
  });

  it("is no breaks for nothing, and refuses a part it cannot read", () => {
    expect(parseSeriesBreaks(null).size).toBe(0);
    expect(() => parseSeriesBreaks("Sheerness")).toThrow(OptionError);
    expect(() => parseSeriesBreaks("Sheerness=soon")).toThrow(/not "Sheerness=soon"/);
  });
});
