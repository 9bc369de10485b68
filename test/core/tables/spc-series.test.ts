import { spcSeries } from "../../../src/core/tables/spc-series";
import { monthIndex } from "../../../src/core/periods/month-index";
import { spcAnalysis } from "../../../src/core/spc/spc-analysis";
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
    expect(table.charts?.map((c) => c.title)).toEqual([
      "All crime, Force, Jul 2022 - Dec 2024",
      "Violent crime, Force, Jul 2022 - Dec 2024",
    ]);
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

/** The lengths of the runs of equal centre line: the groups the limits were worked out on. */
function segmentLengths(centre: readonly number[]): number[] {
  const lengths: number[] = [];
  centre.forEach((value, k) => {
    if (k > 0 && value === centre[k - 1]) lengths[lengths.length - 1]++;
    else lengths.push(1);
  });
  return lengths;
}

describe("spcSeries step changes (issue 22 item 1)", () => {
  const gwent = datasetOf(policeRows("gwent"));
  const kent = datasetOf(policeRows("kent"));
  const districts = ["Blaenau Gwent", "Caerphilly", "Monmouthshire", "Newport", "Torfaen"];

  it("leaves no period under 12 months in any default series of Gwent, force-wide or by district", () => {
    const short: string[] = [];
    let charts = 0;
    for (const area of [null, ...districts]) {
      for (const chart of spcSeries(gwent, { area }).charts ?? []) {
        charts++;
        const lengths = segmentLengths(chart.centreLine);
        if (Math.min(...lengths) < 12) short.push(`${chart.title}: ${lengths.join(", ")}`);
      }
    }
    expect(charts).toBe(6 * 8);
    expect(short).toEqual([]);
  });

  it("still recalculates at Gwent's sustained step up in October 2023 (15 months before, 15 after)", () => {
    const all = spcSeries(gwent, { categories: ["All crime"] }).charts?.[0];
    expect(segmentLengths(all?.centreLine ?? [])).toEqual([15, 15]);
    expect(all?.months[15]).toBe("2023-10");
  });

  it("keeps Kent's 5 data point step change as the named rule kent5, with its short periods", () => {
    const all = spcSeries(gwent, { categories: ["All crime"], stepRule: "kent5" }).charts?.[0];
    const lengths = segmentLengths(all?.centreLine ?? []);
    expect(Math.min(...lengths)).toBeLessThan(12);
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(5);
  });

  it("takes the fewest months between steps as an option", () => {
    const all = spcSeries(gwent, { categories: ["All crime"], minSegment: 16 }).charts?.[0];
    expect(segmentLengths(all?.centreLine ?? [])).toEqual([30]);
  });

  it("does not step Kent's 5-month extract at all: one period, as short data cannot hold two baselines", () => {
    for (const chart of spcSeries(kent).charts ?? []) expect(segmentLengths(chart.centreLine)).toEqual([5]);
  });

  it("says in its note which step rule was used", () => {
    expect(spcSeries(gwent, { categories: ["All crime"] }).notes[0]).toBe(
      "Limits are recalculated after a sustained shift (7 months in a row on one side of the centre line), with no period of fewer than 12 months.",
    );
    expect(spcSeries(gwent, { categories: ["All crime"], stepRule: "kent5" }).notes[0]).toBe(
      "Limits are rebased at each 5 data point step change (5 months in a row on one side of the centre line).",
    );
  });
});

describe("spcSeries lower limits of counts (issue 22 item 2)", () => {
  it("shows no lower limit below 0 on any series of Gwent's districts or Kent, where the XmR limit falls below 0", () => {
    const areas = ["Blaenau Gwent", "Caerphilly", "Monmouthshire", "Newport", "Torfaen"];
    const gwent = datasetOf(policeRows("gwent"));
    const kent = datasetOf(policeRows("kent"));
    let negativeRaw = 0;
    const shown: number[] = [];
    const charts = [
      ...areas.flatMap(
        (area) => spcSeries(gwent, { area, categories: ["Possession of weapons", "Robbery", "Burglary"] }).charts ?? [],
      ),
      ...(spcSeries(kent, { area: "Maidstone", categories: ["Possession of weapons", "Robbery"] }).charts ?? []),
    ];
    for (const chart of charts) {
      const raw = spcAnalysis(chart.values, { rebaseAt: [] }).lowerLimit;
      if (Math.min(...raw) < 0) negativeRaw++;
      shown.push(...chart.lowerLimit);
    }
    expect(negativeRaw).toBeGreaterThan(3);
    expect(Math.min(...shown)).toBe(0);
  });
});
