import { spcReading } from "../../../src/core/findings/spc-reading";
import type { ChartSeries } from "../../../src/core/tables/table-model";

function series(values: number[], signals: string[], centre = 100, sigma = 10): ChartSeries {
  return {
    title: "All crime, Maidstone, Jan 2017 - Dec 2017",
    category: "All crime",
    area: "Maidstone",
    months: values.map((_, i) => `2017-${String(i + 1).padStart(2, "0")}`),
    values,
    centreLine: values.map(() => centre),
    lowerLimit: values.map(() => centre - 3 * sigma),
    upperLimit: values.map(() => centre + 3 * sigma),
    signals,
  };
}

describe("spcReading", () => {
  it("reads a point above the upper limit as special cause concern (high) for crime", () => {
    expect(spcReading(series([100, 98, 140], ["", "", "Above UCL"]))).toBe(
      "All crime, Maidstone: the latest month, March 2017 (140), is special cause concern (high): above the upper process limit of 130.0.",
    );
  });

  it("reads a run below the centre line as special cause improvement (low), counting the months", () => {
    const values = [101, 95, 96, 97, 94, 93, 92];
    expect(spcReading(series(values, ["", "", "", "", "", "", "Run below"]))).toBe(
      "All crime, Maidstone: the latest month, July 2017 (92), is special cause improvement (low): a run of 6 months below the centre line of 100.0.",
    );
  });

  it("reads a rising trend as concern and counts its months", () => {
    const values = [90, 91, 93, 95, 97, 99, 104];
    expect(spcReading(series(values, ["", "", "", "", "", "", "Trend up"]))).toMatch(
      /is special cause concern \(high\): a trend of 7 months rising in a row\.$/,
    );
  });

  it("reads a rise as improvement when higher is better", () => {
    expect(spcReading(series([100, 98, 140], ["", "", "Above UCL"]), "UP")).toMatch(
      /is special cause improvement \(high\)/,
    );
  });

  it("reads common cause with the limits and centre line, and gives nothing for an empty series", () => {
    expect(spcReading(series([100, 104], ["", ""]))).toMatch(
      /February 2017 \(104\), shows common cause variation, within the process limits \(70\.0 to 130\.0\) around the centre line of 100\.0\.$/,
    );
    expect(spcReading(series([], []))).toBe("");
  });
});
