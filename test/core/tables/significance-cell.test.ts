import { significanceCell } from "../../../src/core/tables/significance-cell";
import { TableNotes } from "../../../src/core/tables/table-notes";
import { areaComparison } from "../../../src/core/tables/area-comparison";
import { periodComparison } from "../../../src/core/tables/period-comparison";
import { rollingYear } from "../../../src/core/tables/rolling-year";
import { formatCell } from "../../../src/core/house-style/format-cell";
import { monthIndex } from "../../../src/core/periods/month-index";
import { seedDataset } from "./seed-builders";

const OCT_2017 = monthIndex(2017, 10);

describe("significanceCell", () => {
  it("marks 10,271 to 13,594 Yes and 41 to 50 No at 5% (SciPy binomtest p 6.7e-103 and 0.402), with one note", () => {
    const notes = new TableNotes();
    expect(significanceCell(13594, 10271, 0.05, "RY ending Oct 2017 and RY ending Oct 2016", notes, undefined)).toEqual(
      { kind: "text", value: "Yes" },
    );
    expect(significanceCell(50, 41, 0.05, "RY ending Oct 2017 and RY ending Oct 2016", notes, undefined)).toEqual({
      kind: "text",
      value: "No",
    });
    expect(notes.list()).toHaveLength(1);
    expect(notes.list()[0]).toMatch(
      /^Significant change: "Yes" where the exact test for two Poisson counts .* RY ending Oct 2017 and RY ending Oct 2016 statistically significant at the 5% level \(two-sided p < 0.05\)/,
    );
  });

  it("marks 69 to 99 (p = 0.025) Yes at 5% and No at 1%", () => {
    expect(significanceCell(99, 69, 0.05, "a and b", new TableNotes(), undefined).value).toBe("Yes");
    expect(significanceCell(99, 69, 0.01, "a and b", new TableNotes(), undefined).value).toBe("No");
  });

  it("is N/A with the counts' marker when a count is not available, and refuses a level outside 0 to 1", () => {
    expect(significanceCell(null, 5, 0.05, "a and b", new TableNotes(), "*")).toEqual({
      kind: "text",
      value: null,
      footnote: "*",
    });
    expect(() => significanceCell(1, 5, 1.5, "a and b", new TableNotes(), undefined)).toThrow("between 0 and 1");
  });
});

describe("the Significant change column of the tables", () => {
  const ds = seedDataset([
    ["Robbery", "Maidstone", 9, 99, 69],
    ["Public order", "Maidstone", 14, 85, 84],
    ["Robbery", "Swale", 5, 50, 41],
  ]);

  it("is added to the rolling-year table after % change, with a header and the note", () => {
    const table = rollingYear(ds, { area: "Maidstone", endMonth: OCT_2017, significance: 0.05 });
    expect(table.headerRows[0].map((h) => h.text).slice(-3)).toEqual([
      "Number change",
      "% change",
      "Significant change",
    ]);
    expect(table.headerRows[1]).toHaveLength(7);
    const robbery = table.rows.find((r) => r.cells[0].value === "Robbery");
    expect(robbery?.cells.map(formatCell).slice(-3)).toEqual(["+30", "+43.5%", "Yes"]);
    const total = table.rows[table.rows.length - 1];
    expect(total.cells.map(formatCell).slice(2)).toEqual(["184", "153", "+31", "+20.3%", "No"]); // SciPy: binomtest(184, 337, 0.5).pvalue = 0.102
    expect(table.notes.some((n) => n.startsWith("Significant change:"))).toBe(true);
  });

  it("is not there unless asked for", () => {
    const table = rollingYear(ds, { area: "Maidstone", endMonth: OCT_2017 });
    expect(table.headerRows[0].map((h) => h.text)).not.toContain("Significant change");
    expect(table.notes.some((n) => n.startsWith("Significant change:"))).toBe(false);
  });

  it("is added to the area comparison: Swale's 41 to 50 robberies are No", () => {
    const table = areaComparison(ds, { category: "Robbery", endMonth: OCT_2017, significance: 0.05 });
    const swale = table.rows.find((r) => r.cells[0].value === "Swale");
    expect(swale?.cells.map(formatCell).slice(-3)).toEqual(["+9", "+22.0%", "No"]);
  });

  it("goes before the ranking in the period comparison", () => {
    const table = periodComparison(ds, { category: "Robbery", endMonth: OCT_2017, significance: 0.05 });
    expect(table.headerRows[0].map((h) => h.text).slice(-3)).toEqual(["% difference", "Significant change", "Ranking"]);
    const maidstone = table.rows.find((r) => r.cells[0].value === "Maidstone");
    expect(maidstone?.cells.map(formatCell).slice(-3)).toEqual(["+43.5%", "Yes", "2"]);
  });
});
