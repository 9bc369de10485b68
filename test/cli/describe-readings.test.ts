import { describeReadings } from "../../src/cli/describe-readings";
import { buildDataset } from "../../src/core/data/build-dataset";

describe("describeReadings", () => {
  it("says, per input, the layout, kind, periods, columns and every reason, then the flags that correct them", () => {
    const ds = buildDataset({ name: "m.csv", csv: "Month,count\n2022-07,5388\n2022-08,5480\n" });
    const text = describeReadings(ds);
    expect(text.split("\n")).toEqual([
      'satk: read m.csv: one row per period with a count; kind: other counts; periods: months; columns: period "Month", count "count".',
      'satk:   why: Periods in "Month" with counts in "count": one row per period; with no category, one series named "count".',
      'satk:   why: Columns: period "Month", count "count".',
      "satk:   why: Kind: counts. Nothing says these are crimes, so they are other counts, named by their own categories (no crime grouping, no All crime); pass the kind if they are crimes.",
      "satk: 2 records of other counts.",
      "satk:   to correct: --layout record|long|wide, --period-column, --category-column, --area-column, --count-column, --id-column, --kind, --delimiter comma|tab|semicolon|pipe, --columns-hold category|area, --grouping none|police-uk|FILE, --filter COLUMN=VALUE",
      "",
    ]);
  });

  it("describes inputs read the same way once, with the number of the others", () => {
    const file = (month: string) => ({ name: `${month}.csv`, csv: `Month,Crime type\n${month},Burglary\n` });
    const text = describeReadings(
      buildDataset([file("2023-01"), file("2023-02"), file("2023-03")], { layout: "record" }),
    );
    expect(text).toMatch(/^satk: read 2023-01\.csv \(and 2 more files read the same way\): one row per record/);
    expect(text.match(/satk: read /g)).toHaveLength(1);
  });

  it("says nothing for a Dataset without readings", () => {
    expect(describeReadings({ length: 0, dropped: { total: 0, reasons: [] } })).toBe("");
  });
});
