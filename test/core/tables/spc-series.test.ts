import { spcSeries } from "../../../src/core/tables/spc-series";
import { monthIndex } from "../../../src/core/periods/month-index";
import { datasetOf, monthsBetween, policeRows } from "./police-uk-fixture";

describe("spcSeries on the real Gwent files", () => {
  const rows = policeRows("gwent");
  const table = spcSeries(datasetOf(rows), { categories: ["All crime", "Violent crime"] });
  const months = monthsBetween("2022-07", "2024-12");

  it("charts every month's all-crime count as counted from the raw lines", () => {
    const expected = months.map((m) => rows.filter((r) => r.month === m && r.type !== "Anti-social behaviour").length);
    expect(table.charts?.[0].values).toEqual(expected);
    expect(table.charts?.[0].months).toEqual(months);
  });

  it("gives one chart per series and one table row per series and month", () => {
    expect(table.charts?.map((c) => c.title)).toEqual(["All crime, Force, Jul 2022 - Dec 2024", "Violent crime, Force, Jul 2022 - Dec 2024"]);
    expect(table.rows.length).toBe(2 * 30);
    expect(table.rows[0].cells.map((c) => c.value).slice(0, 2)).toEqual(["All crime", "Jul 2022"]);
  });

  it("rebases at the step up in autumn 2023 the data README describes", () => {
    const centre = table.charts?.[0].centreLine ?? [];
    const before = centre[months.indexOf("2023-01")];
    const after = centre[months.indexOf("2024-06")];
    expect(after).toBeGreaterThan(before);
  });

  it("charts the last N months when asked", () => {
    const short = spcSeries(datasetOf(rows), { categories: ["Burglary"], months: 12, endMonth: monthIndex(2024, 6) });
    expect(short.charts?.[0].months[0]).toBe("2023-07");
    expect(short.charts?.[0].values.length).toBe(12);
  });
});
