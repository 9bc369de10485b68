import { dropStrayMonths } from "../../../src/core/data/drop-stray-months";
import { buildDataset } from "../../../src/core/data/build-dataset";
import { monthIndex } from "../../../src/core/periods/month-index";
import type { Dataset } from "../../../src/core/data/dataset";

const RUN = monthIndex(2026, 12);

/** A Dataset of one category and area, `perMonth` records in each month given. */
function dataset(months: number[], perMonth = 10): Dataset {
  const month = Int32Array.from(months.flatMap((m) => Array<number>(perMonth).fill(m)));
  return {
    length: month.length,
    month,
    category: new Int32Array(month.length),
    area: new Int32Array(month.length),
    categories: ["Burglary"],
    areas: ["Dover"],
    source: "",
    dropped: { total: 2, reasons: [{ reason: "no month", count: 2, firstRows: [4, 9] }] },
  };
}

const YEARS_2018_2019 = Array.from({ length: 24 }, (_, k) => monthIndex(2018, 1) + k);

describe("dropStrayMonths", () => {
  it("takes out a record dated after the run, counting it with the month named, so the data still end where they end", () => {
    const data = dataset(YEARS_2018_2019);
    const withStray = {
      ...data,
      length: data.length + 1,
      month: Int32Array.from([...data.month, monthIndex(2999, 1)]),
      category: new Int32Array(data.length + 1),
      area: new Int32Array(data.length + 1),
    };
    const out = dropStrayMonths(withStray, RUN);
    expect(out.length).toBe(240);
    expect(Math.max(...out.month)).toBe(monthIndex(2019, 12));
    expect(out.dropped).toEqual({
      total: 3,
      reasons: [
        ...data.dropped.reasons,
        { reason: "month after the date of this run (2999-01)", count: 1, firstRows: [] },
      ],
    });
  });

  it("takes out a sliver of records cut off by years without records at either end (a 1901 typo, a 2025 one)", () => {
    const bulk = dataset(YEARS_2018_2019);
    const month = Int32Array.from([monthIndex(1901, 1), monthIndex(1901, 2), monthIndex(2025, 3), ...bulk.month]);
    const out = dropStrayMonths(
      {
        ...bulk,
        length: month.length,
        month,
        category: new Int32Array(month.length),
        area: new Int32Array(month.length),
      },
      RUN,
    );
    expect(out.length).toBe(240);
    expect(out.dropped.reasons.slice(1)).toEqual([
      { reason: "month far outside the rest of the data (1901-01, 1901-02, 2025-03)", count: 3, firstRows: [] },
    ]);
  });

  it("keeps both sides of a real gap in a long series, and returns data with nothing stray as they are", () => {
    const split = dataset([...YEARS_2018_2019.map((m) => m - 120), ...YEARS_2018_2019]);
    expect(dropStrayMonths(split, RUN)).toBe(split);
  });

  it("weighs records by the counts they carry, and keeps the count column in step", () => {
    const data = dataset([monthIndex(2010, 1), monthIndex(2018, 1)], 1);
    const counted = { ...data, count: Float64Array.from([500, 1000]) };
    expect(dropStrayMonths(counted, RUN)).toBe(counted);
    const light = { ...data, count: Float64Array.from([5, 1000]) };
    expect(Array.from(dropStrayMonths(light, RUN).count ?? [])).toEqual([1000]);
  });

  it("is applied by buildDataset, with the run month given or from the clock", () => {
    const csv = "Month,Crime type,District\n2018-01,Burglary,Dover\n2999-01,Burglary,Dover\n2018-02,Drugs,Dover\n";
    const ds = buildDataset({ name: "x.csv", csv }, { runMonth: RUN });
    expect([ds.length, ds.dropped.reasons.map((r) => r.reason)]).toEqual([
      2,
      ["month after the date of this run (2999-01)"],
    ]);
    expect(buildDataset({ name: "x.csv", csv }).length).toBe(2);
    // Dated before the run, 2999-01 is still one record cut off by 980 years from the rest.
    expect(
      buildDataset({ name: "x.csv", csv }, { runMonth: monthIndex(3000, 1) }).dropped.reasons.map((r) => r.reason),
    ).toEqual(["month far outside the rest of the data (2999-01)"]);
  });
});
