/**
 * Tables from data that are not monthly crimes: searches, outcomes and other counts are titled and
 * totalled in their own words, without the crime grouping; yearly data give tables by year and are
 * refused by tables that need months. Expected numbers are the inputs added up by hand.
 */
import { buildDataset } from "../../../src/core/data/build-dataset";
import { rollingYear } from "../../../src/core/tables/rolling-year";
import { periodComparison } from "../../../src/core/tables/period-comparison";
import { categoryByYear } from "../../../src/core/tables/category-by-year";
import { spcSeries } from "../../../src/core/tables/spc-series";
import { areaComparison } from "../../../src/core/tables/area-comparison";
import { parseCategoryGrouping } from "../../../src/core/tables/category-grouping";
import { inCliWords } from "../../cli/in-cli-words";

const labels = (table: { rows: { cells: { value: unknown }[] }[] }) => table.rows.map((r) => r.cells[0].value);

describe("tables name what they count", () => {
  const months = Array.from(
    { length: 24 },
    (_, i) => `${2021 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`,
  );
  const searches = buildDataset({
    name: "s.csv",
    csv: `Month,Type,searches\n${months.map((m) => `${m},Person search,3\n${m},Vehicle search,1`).join("\n")}\n`,
  });

  it("titles and totals stop and searches as searches, with no crime groups", () => {
    expect(searches.kind).toBe("searches");
    const table = rollingYear(searches);
    expect(table.title).toBe("Volume of searches by type, All areas, RY ending Dec 2022");
    expect(labels(table)).toEqual(["Person search", "Vehicle search", "All searches"]);
    expect(table.rows[2].cells[2].value).toBe(48);
    expect(table.notes).toEqual([]);
  });

  it("compares searches by type with an All searches total, and by area under their own name", () => {
    const byType = periodComparison(searches, { by: "category" });
    expect(byType.title).toMatch(/^Searches by type, All areas/);
    expect(labels(byType)).toContain("All searches");
    expect(areaComparison(searches).title).toBe("All searches by area, RY ending Dec 2022");
  });

  it("applies the crime grouping to crimes only, and --grouping none turns it off", () => {
    const crimes = buildDataset({
      name: "c.csv",
      csv: `Month,Crime type,Crimes\n${months.map((m) => `${m},Burglary,2`).join("\n")}\n`,
    });
    expect(labels(rollingYear(crimes))).toContain("Victim based crime");
    const none = parseCategoryGrouping([["Crime type", "Group"]]);
    expect(labels(rollingYear(crimes, { grouping: none }))).toEqual(["Burglary", "All crime"]);
  });

  it("charts a month,count series under its count column's name", () => {
    const series = buildDataset({
      name: "m.csv",
      csv: `Month,count\n${months.map((m, i) => `${m},${100 + i}`).join("\n")}\n`,
    });
    const table = spcSeries(series);
    expect(table.rows[0].cells.slice(0, 3).map((c) => c.value)).toEqual(["count", "Jan 2021", 100]);
  });
});

describe("yearly data", () => {
  const years = buildDataset({
    name: "y.csv",
    csv: "crime_type,2023,2024,2025,change_pct\nBurglary,40,50,45,-10.0\nDrugs,10,5,7,40.0\n",
  });

  it("gives tables by year in whole years, never adding the change column", () => {
    const table = categoryByYear(years, { years: 3 });
    expect(table.headerRows[0].map((h) => h.text)).toEqual(["Category", "2023", "2024", "2025"]);
    expect(table.rows.map((r) => r.cells.map((c) => c.value))).toEqual([
      ["Burglary", 40, 50, 45],
      ["Drugs", 10, 5, 7],
      ["Total", 50, 55, 52],
    ]);
    expect(table.notes).toEqual([]);
  });

  it("compares whole years, and refuses part-year periods", () => {
    const table = periodComparison(years, { by: "category" });
    expect(
      table.rows
        .find((r) => r.cells[0].value === "All crime")
        ?.cells.slice(1, 3)
        .map((c) => c.value),
    ).toEqual([52, 55]);
    expect(() => periodComparison(years, { by: "category", periodMonths: 6 })).toThrow(
      /The data hold calendar years \(2023 to 2025\), so periods must be whole years/,
    );
  });

  it("refuses tables that need months, naming the periods found", () => {
    expect(() => rollingYear(years)).toThrow(
      "The rolling-year table needs monthly data, but the data hold calendar years (2023 to 2025).",
    );
  });

  it("adds financial years up only into financial years", () => {
    const fy = buildDataset({ name: "f.csv", csv: "Year,Incidents\n2019/20,40\n2020/21,41\n" });
    expect(categoryByYear(fy).headerRows[0].map((h) => h.text)).toEqual(["Category", "2019/20", "2020/21"]);
    expect(() => inCliWords(() => categoryByYear(fy, { startMonth: 1 }))).toThrow(
      /cannot be added up into years starting in month 1; leave out --start-month or give 4/,
    );
  });
});
