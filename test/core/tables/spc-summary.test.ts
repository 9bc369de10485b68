import { spcSummary } from "../../../src/core/tables/spc-summary";
import { formatCell } from "../../../src/core/house-style/format-cell";
import { keyFindings } from "../../../src/core/findings/key-findings";
import { countsDataset, monthsBetween } from "./police-uk-fixture";

// Burglary: ten ordinary months, then 200. By hand: mean 1200/11 = 109.09; moving ranges 4, 6, 4, 6, 4, 3,
// 6, 4, 2, 101 average 14.0; upper limit 109.09 + 2.66 x 14.0 = 146.3, so 200 is above it. Robbery: 10 a month.
const months = monthsBetween("2017-01", "2017-11");
const burglary = [100, 104, 98, 102, 96, 100, 103, 97, 101, 99, 200];
const ds = countsDataset([
  ...months.map((m, i): [string, string, string, number] => [m, "Burglary", "Maidstone", burglary[i]]),
  ...months.map((m, i): [string, string, string, number] => [m, "Robbery", "Maidstone", 10 + (i % 2)]),
]);

describe("spcSummary", () => {
  const table = spcSummary(ds, { area: "Maidstone", categories: ["Burglary", "Robbery"] });

  it("gives one row per series: latest month and value, centre line, variation and assurance", () => {
    expect(table.headerRows[0].map((h) => h.text)).toEqual([
      "Series",
      "Latest month",
      "Latest value",
      "Centre line",
      "Variation",
      "Assurance",
    ]);
    expect(table.rows.map((r) => r.cells.map(formatCell))).toEqual([
      ["Burglary", "Nov 2017", "200", "109.1", "Special cause concern (high)", "No target"],
      ["Robbery", "Nov 2017", "10", "10.5", "Common cause", "No target"],
    ]);
  });

  it("colours the variation as Making Data Count does: orange concern, grey common cause", () => {
    expect(table.rows[0].cells[4].fill).toBe("E46C0A");
    expect(table.rows[1].cells[4].fill).toBe("A6A6A6");
    expect(
      table.notes.some((n) =>
        n.includes("grey common cause, orange special cause concern, blue special cause improvement"),
      ),
    ).toBe(true);
  });

  it("calls a high point improvement when higher is better, in blue", () => {
    const up = spcSummary(ds, { area: "Maidstone", categories: ["Burglary"], spc: { improvement: "UP" } });
    expect(up.rows[0].cells[4]).toEqual({ kind: "text", value: "Special cause improvement (high)", fill: "00B0F0" });
  });

  it("carries the series so the key findings can say which rule fired", () => {
    const [findings] = keyFindings([table]);
    expect(findings.findings[0]).toBe(
      "Burglary, Maidstone: the latest month, November 2017 (200), is special cause concern (high): above the upper process limit of 146.3.",
    );
  });
});

describe("keyFindings with both SPC tables", () => {
  it("puts the readings under the summary only", () => {
    const summary = spcSummary(ds, { area: "Maidstone", categories: ["Burglary"] });
    const charts = { ...summary, recipe: "spc-series" };
    const [underCharts, underSummary] = keyFindings([charts, summary]);
    expect(underCharts.findings).toEqual([]);
    expect(underSummary.findings).toHaveLength(1);
  });

  it("names each series by its category even when the area's name holds a comma, as ONS's \"London, City of\" does", () => {
    const city = countsDataset(
      months.map((m, i): [string, string, string, number] => [m, "Burglary", "London, City of", burglary[i]]),
    );
    const summary = spcSummary(city, { area: "London, City of", categories: ["Burglary"] });
    expect(summary.rows[0].cells[0].value).toBe("Burglary");
    expect(keyFindings([summary])[0].findings[0]).toMatch(
      /^Burglary, London, City of: the latest month, November 2017 \(200\)/,
    );
  });
});
