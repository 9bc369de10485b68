/** Partner tables headed by named 12-month periods (issue 21), read through buildDataset and detectLayout. */
import { buildDataset } from "../../../src/core/data/build-dataset";
import { detectLayout } from "../../../src/core/detect/detect-layout";
import { parseCsv } from "../../../src/core/csv/parse-csv";
import { monthKey } from "../../../src/core/periods/month-key";

const ASSAULT =
  "District,September 2015 to August 2016,September 2016 to August 2017\nAshford,37,26\nCanterbury,32,25\nDartford,36,38\nDover,30,26\nAll Kent,135,115\n";

describe("a partner table headed by named 12-month periods", () => {
  it("is wide, with its all-different district names as the area column (seed 3.2)", () => {
    const guess = detectLayout(parseCsv(ASSAULT));
    expect(guess.layout).toBe("wide");
    expect(guess.roles.area).toBe(0);
    expect(guess.roles.category).toBeUndefined();
    expect(guess).toMatchObject({ periodUnit: "year", yearStart: 9 });
  });

  it("becomes yearly records at September of each period's first year, described as such", () => {
    const ds = buildDataset({ name: "assault.csv", csv: ASSAULT });
    expect(ds).toMatchObject({ periodUnit: "year", yearStart: 9 });
    expect([...new Set(Array.from(ds.month).map(monthKey))]).toEqual(["2015-09", "2016-09"]);
    expect(ds.readings?.[0].periods).toBe("12-month periods (September to August)");
    expect(ds.areas).toContain("Ashford");
  });

  it("keeps a label column not named as areas a category (seed 5.4's services)", () => {
    const guess = detectLayout(
      parseCsv(
        "Service,Jan-Dec 2017,Jan-Dec 2016\nClients on exchange programme,478,422\nClients in treatment,406,313\n",
      ),
    );
    expect(guess.roles.category).toBe(0);
    expect(guess).toMatchObject({ periodUnit: "year", yearStart: 1 });
  });
});

describe("a short partner table of two districts", () => {
  it("takes its one label column, headed District, for areas rather than categories", () => {
    const guess = detectLayout(parseCsv("District,2015/16,2016/17\nMaidstone,8000,9332\nAshford,6000,6551\n"));
    expect(guess.roles.area).toBe(0);
    expect(guess.roles.category).toBeUndefined();
  });
});
